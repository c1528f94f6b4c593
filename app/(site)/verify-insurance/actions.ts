"use server";

import type { FormState } from "@/lib/forms/form-state";
import { keyRing } from "@/lib/security/encryption.server";
import { finishSubmission, submitDeps } from "@/lib/submissions/finish.server";
import { submitInsurance } from "@/lib/submissions/insurance.server";
import type { InsuranceField } from "@/lib/validation/insurance";

export async function requestInsuranceVerification(_previous: FormState<InsuranceField>, formData: FormData): Promise<FormState<InsuranceField>> {
  return finishSubmission(await submitInsurance(formData, { ...(await submitDeps()), keys: keyRing() }), "/verify-insurance/submitted");
}
