import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { clinic } from "@/lib/clinic";
import { clinicPrivate } from "@/lib/clinic.server";
import type { Db } from "@/lib/db/client.server";
import { pickFields } from "@/lib/forms/form-data";
import { correctFieldsMessage, type FormState, type FormValues } from "@/lib/forms/form-state";
import { errorFacts, logger } from "@/lib/log/logger.server";
import type { SubmissionLimiter } from "@/lib/security/rate-limit.server";
import { APPOINTMENT_FIELDS, APPOINTMENT_LIST_FIELDS, appointmentSchema, type Appointment, type AppointmentField } from "@/lib/validation/appointment";
import { firstErrors } from "@/lib/validation/errors";
import { newReference } from "./reference";

export const HONEYPOT_FIELD = "website";
export const IDEMPOTENCY_FIELD = "idempotencyKey";

export type SubmitResult =
  | { ok: true; reference: string; duplicate: boolean }
  | { ok: false; state: Extract<FormState<AppointmentField>, { status: "error" }> };

type Deps = { db: () => Promise<Db>; limiter: SubmissionLimiter; clientKey: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const callUs = `call us at ${clinic.phone.main}`;

const failure = (message: string, values: FormValues, fieldErrors: Partial<Record<AppointmentField, string>> = {}): SubmitResult => ({
  ok: false,
  state: { status: "error", message, fieldErrors, values },
});

/**
 * Handles one posted appointment form: everything the server action does except the
 * Next.js parts (headers, `after()`, redirect), so tests can drive it with real databases.
 * Never throws: every outcome is a result the page can show.
 */
export async function submitAppointment(formData: FormData, { db, limiter, clientKey }: Deps): Promise<SubmitResult> {
  const values = pickFields(formData, APPOINTMENT_FIELDS, APPOINTMENT_LIST_FIELDS);
  try {
    const honeypot = formData.get(HONEYPOT_FIELD);
    if (typeof honeypot !== "string" || honeypot !== "") {
      // Shown, not silently dropped: a person whose browser filled the hidden field still learns what to do.
      logger.warn({ event: "appointment.honeypot" });
      return failure(`We could not send this request. Please ${callUs} and we will help you directly.`, values);
    }

    const limit = await limiter.consume(clientKey);
    if (!limit.ok) {
      logger.warn({ event: "appointment.rate_limited" });
      const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
      return failure(`Too many requests have come from your connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ${callUs}.`, values);
    }

    const parsed = appointmentSchema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = firstErrors<AppointmentField>(parsed.error);
      return failure(correctFieldsMessage(Object.keys(fieldErrors).length), values, fieldErrors);
    }

    const stored = await store(await db(), parsed.data, idempotencyKeyOf(formData.get(IDEMPOTENCY_FIELD), parsed.data));
    logger.info({ event: stored.duplicate ? "appointment.duplicate" : "appointment.stored", reference: stored.reference });
    return { ok: true, ...stored };
  } catch (err) {
    logger.error({ event: "appointment.store_failed", ...errorFacts(err) });
    return failure(`We could not save your request because of a problem on our side. Your answers are still here: please try again in a few minutes, or ${callUs}.`, values);
  }
}

/**
 * The form's one-time key plus a digest of the answers: a double click or a re-sent POST
 * stores once, while going Back, changing an answer and sending again is a new request.
 */
function idempotencyKeyOf(formKey: FormDataEntryValue | null, data: Appointment): string {
  const key = typeof formKey === "string" && UUID.test(formKey) ? formKey.toLowerCase() : randomUUID();
  return `${key}:${createHash("sha256").update(JSON.stringify(data)).digest("base64url").slice(0, 22)}`;
}

async function store(db: Db, data: Appointment, idempotencyKey: string): Promise<{ reference: string; duplicate: boolean }> {
  // A request with the same key may commit between our read and our insert; then the next
  // round finds it. A clash of random references also just tries again.
  for (let attempt = 0; ; attempt++) {
    const existing = await db.appointmentRequest.findUnique({ where: { idempotencyKey }, select: { reference: true } });
    if (existing) return { reference: existing.reference, duplicate: true };

    const reference = newReference("APT");
    const { consentToContact: _consent, acknowledgeNotEmergency: _ack, availableDays, availableTimes, referringClinician, note, ...fields } = data;
    try {
      await db.$transaction([
        db.appointmentRequest.create({
          data: {
            ...fields,
            reference,
            idempotencyKey,
            availableDays: availableDays.join(","),
            availableTimes: availableTimes.join(","),
            referringClinician: referringClinician || null,
            note: note || null,
            consentToContactAt: new Date(),
          },
        }),
        db.outboxEmail.createMany({
          data: [
            ...clinicPrivate.staffNotify.map((recipient) => ({ template: "appointment-staff", reference, recipient })),
            { template: "appointment-patient", reference, recipient: data.email },
          ],
        }),
      ]);
      return { reference, duplicate: false };
    } catch (err) {
      const uniqueViolation = (err as { code?: string }).code === "P2002";
      if (!uniqueViolation || attempt >= 2) throw err;
    }
  }
}
