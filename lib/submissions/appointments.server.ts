import "server-only";
import { clinicPrivate } from "@/lib/clinic.server";
import { APPOINTMENT_FIELDS, APPOINTMENT_LIST_FIELDS, appointmentSchema, type Appointment, type AppointmentField } from "@/lib/validation/appointment";
import { firstErrors } from "@/lib/validation/errors";
import { submitForm, type SubmissionForm, type SubmitDeps, type SubmitResult } from "./submit-form.server";

export const appointmentForm: SubmissionForm<AppointmentField, Appointment> = {
  kind: "appointment",
  referencePrefix: "APT",
  fields: APPOINTMENT_FIELDS,
  listFields: APPOINTMENT_LIST_FIELDS,
  async parse(values) {
    const parsed = appointmentSchema.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: firstErrors<AppointmentField>(parsed.error) };
  },
  findByKey: (db, idempotencyKey) => db.appointmentRequest.findUnique({ where: { idempotencyKey }, select: { reference: true } }),
  create(db, data, ids) {
    const { consentToContact: _consent, acknowledgeNotEmergency: _ack, availableDays, availableTimes, referringClinician, note, ...fields } = data;
    return db.appointmentRequest.create({
      data: {
        ...fields,
        ...ids,
        availableDays: availableDays.join(","),
        availableTimes: availableTimes.join(","),
        referringClinician: referringClinician || null,
        note: note || null,
        consentToContactAt: new Date(),
      },
    });
  },
  emails: (data) => [
    ...clinicPrivate.staffNotify.map((recipient) => ({ template: "appointment-staff" as const, recipient })),
    { template: "appointment-patient", recipient: data.email },
  ],
};

/** Handles one posted appointment form (see submitForm). */
export function submitAppointment(formData: FormData, deps: SubmitDeps): Promise<SubmitResult<AppointmentField>> {
  return submitForm(appointmentForm, formData, deps);
}
