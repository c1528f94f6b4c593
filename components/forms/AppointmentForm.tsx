"use client";

import { Checkbox, ChoiceGroup, TextField } from "@/components/ui/fields";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { CRISIS, DAY_LABELS, clinic } from "@/lib/clinic";
import {
  APPOINTMENT_FIELDS,
  CONTACT_METHODS,
  NOTE_MAX,
  PATIENT_STATUSES,
  appointmentSchema,
  type AppointmentField,
  type AppointmentInput,
} from "@/lib/validation/appointment";
import { NameAndBirthFields, PhoneAndEmailFields, SendSection } from "./common-fields";
import { useActionForm, type FormAction } from "./use-action-form";

type Props = { action: FormAction<AppointmentField>; idempotencyKey: string };

const dayOptions = clinic.contactDays.map((id) => ({ id, label: DAY_LABELS[id] }));
const treatmentOptions = clinic.treatments.map(({ id, name }) => ({ id, label: name }));
const sectionHeading = "text-xl font-bold";

/** The appointment request form (see useActionForm for how it works with and without JavaScript). */
export function AppointmentForm({ action, idempotencyKey }: Props) {
  const { formRef, summaryRef, formAction, onSubmit, pending, values, text, field, summary } = useActionForm<AppointmentField, AppointmentInput>({
    action,
    schema: appointmentSchema,
    fields: APPOINTMENT_FIELDS,
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-10">
      {summary && <ErrorSummary ref={summaryRef} {...summary} />}

      <p>All fields are required unless marked optional.</p>

      <section aria-labelledby="about-you" className="space-y-5">
        <h2 id="about-you" className={sectionHeading}>
          About you
        </h2>
        <NameAndBirthFields field={field} text={text} birthHint="We treat adults only: you must be 18 or older to request an appointment." />
      </section>

      <section aria-labelledby="reach-you" className="space-y-5">
        <h2 id="reach-you" className={sectionHeading}>
          How to reach you
        </h2>
        <PhoneAndEmailFields field={field} text={text} />
        <ChoiceGroup
          {...field("preferredContact")}
          legend="How should we contact you first?"
          type="radio"
          options={CONTACT_METHODS}
          defaultValue={values.preferredContact}
        />
        <ChoiceGroup
          {...field("availableDays")}
          legend="Best days to reach you"
          hint="Choose all that work for you."
          type="checkbox"
          options={dayOptions}
          defaultValue={values.availableDays}
          columns
        />
        <ChoiceGroup
          {...field("availableTimes")}
          legend={`Best times to reach you (${clinic.timeZoneLabel})`}
          hint={`Times are in the clinic's time zone, ${clinic.timeZoneLabel}. Choose all that work for you.`}
          type="checkbox"
          options={clinic.contactWindows}
          defaultValue={values.availableTimes}
        />
      </section>

      <section aria-labelledby="your-request" className="space-y-5">
        <h2 id="your-request" className={sectionHeading}>
          Your request
        </h2>
        <ChoiceGroup
          {...field("treatment")}
          legend="Which treatment are you asking about?"
          type="radio"
          options={treatmentOptions}
          defaultValue={values.treatment}
        />
        <ChoiceGroup
          {...field("patientStatus")}
          legend="Have you been a patient here before?"
          type="radio"
          options={PATIENT_STATUSES}
          defaultValue={values.patientStatus}
        />
        <TextField
          {...field("referringClinician")}
          label="Referring clinician"
          optional
          hint="If a doctor, therapist or nurse practitioner suggested us, their name and practice."
          autoComplete="off"
          defaultValue={text("referringClinician")}
        />
        <TextField
          {...field("note")}
          label="Anything you would like us to know"
          optional
          multiline
          maxLength={NOTE_MAX}
          hint={`For example, questions you have or times you cannot talk. Up to ${NOTE_MAX.toLocaleString("en-US")} characters.`}
          defaultValue={text("note")}
        />
      </section>

      <section aria-labelledby="before-you-send" className="space-y-5">
        <h2 id="before-you-send" className={sectionHeading}>
          Before you send
        </h2>
        <Checkbox
          {...field("consentToContact")}
          label="You may contact me by phone, text message or email about this request."
          defaultChecked={values.consentToContact === "on"}
        />
        <div className="rounded-md border-l-4 border-crisis bg-surface p-4">
          <p id="not-monitored">
            <strong>This form is not monitored around the clock</strong> and is not for emergencies. If you are thinking
            about suicide or are in crisis, call or text <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a>{" "}
            (Suicide &amp; Crisis Lifeline) at any time. Veterans can{" "}
            <a href={`tel:${CRISIS.veterans.number}`}>
              call {CRISIS.veterans.number} and press {CRISIS.veterans.press}
            </a>{" "}
            for the {CRISIS.veterans.label}. In an emergency, call{" "}
            <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a>.
          </p>
          <div className="mt-4">
            <Checkbox
              {...field("acknowledgeNotEmergency")}
              label="I understand this form is not for emergencies and is not watched around the clock."
              defaultChecked={values.acknowledgeNotEmergency === "on"}
              explainedBy="not-monitored"
            />
          </div>
        </div>
      </section>

      <SendSection
        idempotencyKey={idempotencyKey}
        pending={pending}
        label="Send request"
        pendingLabel="Sending your request…"
        replyWithin={clinic.replyWithin}
      />
    </form>
  );
}
