"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { db } from "@/lib/db/client.server";
import { env } from "@/lib/env.server";
import type { FormState } from "@/lib/forms/form-state";
import { drainAppOutbox } from "@/lib/mail/outbox.server";
import { clientKey } from "@/lib/security/client-key.server";
import { submissionLimiter } from "@/lib/security/rate-limit.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import type { AppointmentField } from "@/lib/validation/appointment";

export async function requestAppointment(_previous: FormState<AppointmentField>, formData: FormData): Promise<FormState<AppointmentField>> {
  const result = await submitAppointment(formData, {
    db,
    limiter: submissionLimiter(),
    clientKey: clientKey(await headers(), env().TRUSTED_PROXY_COUNT),
  });
  if (!result.ok) return result.state;

  // Store first, tell people afterwards: the emails go out after the response is sent,
  // and anything that fails stays in the outbox for the periodic drain.
  after(() => drainAppOutbox({ reference: result.reference }));
  redirect(`/appointments/confirmed?ref=${result.reference}`);
}
