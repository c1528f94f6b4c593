"use server";

import type { FormState } from "@/lib/forms/form-state";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { finishSubmission, submitDeps } from "@/lib/submissions/finish.server";
import type { AppointmentField } from "@/lib/validation/appointment";

export async function requestAppointment(_previous: FormState<AppointmentField>, formData: FormData): Promise<FormState<AppointmentField>> {
  return finishSubmission(await submitAppointment(formData, await submitDeps()), "/appointments/confirmed");
}
