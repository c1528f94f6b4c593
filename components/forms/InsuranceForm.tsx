"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Checkbox, ChoiceGroup, FileField, SelectField, TextField } from "@/components/ui/fields";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { CRISIS, clinic } from "@/lib/clinic";
import { CARD_FILE_MAX_BYTES, megabytes } from "@/lib/uploads/limits";
import { CARD_ACCEPT, CARD_FORMATS } from "@/lib/validation/card-file";
import {
  CARRIERS,
  COVERAGE_TYPES,
  INSURANCE_FIELDS,
  OTHER_CARRIER,
  PLAN_TYPES,
  RELATIONSHIPS,
  YES_NO,
  insuranceSchema,
  type InsuranceField,
  type InsuranceInput,
} from "@/lib/validation/insurance";
import { NameAndBirthFields, PhoneAndEmailFields, SendSection } from "./common-fields";
import { useActionForm, useHydrated, type FormAction } from "./use-action-form";
import { VeteransLine } from "@/components/layout/VeteransLine";

type Props = { action: FormAction<InsuranceField>; idempotencyKey: string };
type Form = ReturnType<typeof useActionForm<InsuranceField, InsuranceInput>>;

const treatmentOptions = clinic.treatments.map(({ id, name }) => ({ id, label: name }));
const carrierOptions = CARRIERS.map(({ id, name }) => ({ id, label: name }));
const sectionHeading = "text-xl font-bold";
const note = "rounded-md border border-line bg-surface p-4";

/**
 * The insurance verification form. Questions that do not apply are left out once JavaScript
 * runs (self-pay, the policyholder when it is the patient, a second plan); without
 * JavaScript every question shows, with a note saying when to skip it, and the server
 * ignores answers that do not apply.
 */
export function InsuranceForm({ action, idempotencyKey }: Props) {
  const f = useActionForm<InsuranceField, InsuranceInput>({ action, schema: insuranceSchema, fields: INSURANCE_FIELDS });
  const { form, formRef, summaryRef, formAction, onSubmit, pending, values, text, field, summary } = f;
  const hydrated = useHydrated();
  const coverageType = form.watch("coverageType");
  const hasSecondary = form.watch("hasSecondary");
  const insured = !hydrated || (coverageType != null && coverageType !== "self-pay");

  // Once errors show, an answer that takes questions off the page (or puts them back) checks
  // the form again, so the summary never lists a question that is no longer there.
  const { trigger, formState } = form;
  const branches = [coverageType, hasSecondary, form.watch("relationship"), form.watch("secondaryRelationship"), form.watch("carrier"), form.watch("secondaryCarrier")].join();
  useEffect(() => {
    if (formState.submitCount > 0) void trigger();
  }, [branches, trigger, formState.submitCount]);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-10">
      {summary && <ErrorSummary ref={summaryRef} {...summary} />}

      <p>All fields are required unless marked optional.</p>

      <section aria-labelledby="about-you" className="space-y-5">
        <h2 id="about-you" className={sectionHeading}>
          About you
        </h2>
        <NameAndBirthFields field={field} text={text} birthHint="We treat adults only." />
        <PhoneAndEmailFields field={field} text={text} />
      </section>

      <section aria-labelledby="treatment-and-coverage" className="space-y-5">
        <h2 id="treatment-and-coverage" className={sectionHeading}>
          Treatment and coverage
        </h2>
        <ChoiceGroup
          {...field("treatment")}
          legend="Which treatment would you like us to check?"
          type="radio"
          options={treatmentOptions}
          defaultValue={values.treatment}
        />
        <CoverageFacts />
        <ChoiceGroup
          {...field("coverageType")}
          legend="How are you covered?"
          type="radio"
          options={COVERAGE_TYPES}
          defaultValue={values.coverageType}
        />
        {(!hydrated || coverageType === "self-pay") && <SelfPayInformation asAside={!hydrated} />}
      </section>

      {insured && (
        <>
          <CoverageFields f={f} rank="primary" hydrated={hydrated} />
          <section aria-labelledby="second-plan-heading" className="space-y-5">
            <h2 id="second-plan-heading" className={sectionHeading}>
              A second insurance plan
            </h2>
            {!hydrated && <SkipNote />}
            <ChoiceGroup
              {...field("hasSecondary")}
              legend="Do you have a second insurance plan?"
              hint="For example, your own plan and one through a spouse, or Medicare and a supplement."
              type="radio"
              options={YES_NO}
              defaultValue={values.hasSecondary}
            />
          </section>
          {(!hydrated || hasSecondary === "yes") && <CoverageFields f={f} rank="secondary" hydrated={hydrated} />}
          <section aria-labelledby="permission" className="space-y-5">
            <h2 id="permission" className={sectionHeading}>
              Your permission
            </h2>
            {!hydrated && <SkipNote />}
            <Checkbox
              {...field("consentToVerify")}
              label={`${clinic.name} may contact my insurance company to check my benefits for this treatment.`}
              defaultChecked={values.consentToVerify === "on"}
            />
          </section>
        </>
      )}

      <p className="max-w-prose rounded-md border-l-4 border-crisis bg-surface p-4">
        <strong>This form is not watched around the clock</strong> and is not for emergencies. If you are thinking about
        suicide or are in crisis, call or text <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a> at
        any time. <VeteransLine /> In an emergency, call <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a>.
      </p>

      <SendSection
        idempotencyKey={idempotencyKey}
        pending={pending}
        label="Send for verification"
        pendingLabel="Sending…"
        replyWithin={clinic.insurance.reviewWithin}
      />
    </form>
  );
}

function SkipNote() {
  return <p className="text-ink-muted">Skip this part if you chose self-pay above.</p>;
}

/** Honest context about coverage, beside the questions it helps answer. */
function CoverageFacts() {
  return (
    <div className={note}>
      <h3 className="font-bold">What insurance usually covers</h3>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>
          Esketamine nasal spray (Spravato®) is approved by the FDA for depression, so commercial plans, Medicare and
          Medicaid often cover it, usually after <em>prior authorization</em>: the plan asks for your diagnosis and the
          antidepressants you have tried (typically at least two that did not help enough).
        </li>
        <li>
          IV and intramuscular ketamine are off-label uses, so the sessions are usually self-pay. The evaluation and
          therapy visits may still be covered.
        </li>
        <li>
          The maker of Spravato runs a savings program, Spravato withMe, that may lower what you pay if you have
          commercial insurance. It cannot be used with Medicare, Medicaid, TRICARE or other government plans.
        </li>
      </ul>
      <p className="mt-3">
        Every plan is different, so we check yours before your first visit. What an insurer tells us is an estimate of
        your benefits, not a promise of payment.
      </p>
    </div>
  );
}

function SelfPayInformation({ asAside }: { asAside: boolean }) {
  return (
    <div className={note}>
      <h3 className="font-bold">{asAside ? "If you have no insurance or will pay for yourself" : "Paying for yourself"}</h3>
      <p className="mt-2">{clinic.insurance.selfPay.summary}</p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {clinic.insurance.selfPay.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="mt-3">
        {asAside
          ? "Choose self-pay above, skip the insurance questions below and send the form: we will contact you."
          : "There is nothing more to fill in: send the form and we will contact you."}{" "}
        Our prices, with what a typical first series costs, are on our{" "}
        <Link href="/insurance-and-cost#self-pay-prices">insurance and cost page</Link>.
      </p>
    </div>
  );
}

const secondaryName = (name: string) => `secondary${name.charAt(0).toUpperCase()}${name.slice(1)}` as InsuranceField;

/** The questions about one plan; the second plan's fields carry a "secondary" prefix. */
function CoverageFields({ f, rank, hydrated }: { f: Form; rank: "primary" | "secondary"; hydrated: boolean }) {
  const { form, field, text, values, serverState } = f;
  const k = (name: string) => (rank === "primary" ? (name as InsuranceField) : secondaryName(name));
  const of = rank === "primary" ? "" : " (second plan)";
  const carrier = form.watch(k("carrier"));
  const relationship = form.watch(k("relationship"));
  const headingId = `${rank}-plan-heading`;
  const askAgain = (name: InsuranceField) =>
    serverState?.filesNotKept?.includes(name) && !hydrated ? " You chose a file here before: please choose it again." : "";
  const cardHint = (name: InsuranceField) =>
    `A clear photo or scan: ${CARD_FORMATS}, up to ${megabytes(CARD_FILE_MAX_BYTES)}. Optional, but it helps us check your benefits sooner.${askAgain(name)}`;

  return (
    <section aria-labelledby={headingId} className="space-y-5">
      <h2 id={headingId} className="text-xl font-bold">
        {rank === "primary" ? "Your insurance" : "Your second insurance plan"}
      </h2>
      {!hydrated && (
        <p className="text-ink-muted">
          {rank === "primary" ? "Skip this part if you chose self-pay above." : "Only if you answered “Yes” to having a second plan."}
        </p>
      )}
      <SelectField
        {...field(k("carrier"))}
        label={`Insurance company${of}`}
        placeholder="Choose the insurance company"
        options={carrierOptions}
        defaultValue={text(k("carrier"))}
      />
      {(!hydrated || carrier === OTHER_CARRIER.id) && (
        <TextField
          {...field(k("carrierOther"))}
          label={`Name of the insurance company${of}`}
          hint={hydrated ? undefined : "Only if you chose “Other” above."}
          autoComplete="off"
          defaultValue={text(k("carrierOther"))}
        />
      )}
      <ChoiceGroup
        {...field(k("planType"))}
        legend={`Plan type${of}`}
        hint="Often printed on the card. Choose “Not sure” if it is not."
        type="radio"
        options={PLAN_TYPES}
        defaultValue={values[k("planType")]}
        columns
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          {...field(k("memberId"))}
          label={`Member ID${of}`}
          hint="As printed on the card."
          autoComplete="off"
          spellCheck={false}
          defaultValue={text(k("memberId"))}
        />
        <TextField
          {...field(k("groupNumber"))}
          label={`Group number${of}`}
          optional
          hint="Often labelled “Group” or “Grp”. Leave it empty if the card has none."
          autoComplete="off"
          spellCheck={false}
          defaultValue={text(k("groupNumber"))}
        />
      </div>
      <ChoiceGroup
        {...field(k("relationship"))}
        legend={`Who holds this plan${of}?`}
        hint="The policyholder is the person the plan is in the name of."
        type="radio"
        options={RELATIONSHIPS}
        defaultValue={values[k("relationship")]}
      />
      {(!hydrated || (relationship != null && relationship !== "self")) && (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            {...field(k("policyholderName"))}
            label={`Policyholder's full name${of}`}
            hint={hydrated ? undefined : "Only if you are not the policyholder."}
            autoComplete="off"
            defaultValue={text(k("policyholderName"))}
          />
          <TextField
            {...field(k("policyholderDateOfBirth"))}
            label={`Policyholder's date of birth${of}`}
            hint={hydrated ? undefined : "Only if you are not the policyholder."}
            type="date"
            autoComplete="off"
            defaultValue={text(k("policyholderDateOfBirth"))}
          />
        </div>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        {(["cardFront", "cardBack"] as const).map((side) => (
          <FileField
            key={side}
            {...field(k(side), { shouldUnregister: true })}
            label={`${side === "cardFront" ? "Front" : "Back"} of the card${of}`}
            hint={cardHint(k(side))}
            accept={CARD_ACCEPT}
          />
        ))}
      </div>
    </section>
  );
}
