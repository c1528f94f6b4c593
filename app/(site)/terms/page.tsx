import type { Metadata } from "next";
import Link from "next/link";
import { DemoNotice, Prose } from "@/components/layout/Prose";
import { CRISIS, clinic, telHref } from "@/lib/clinic";

export const metadata: Metadata = {
  title: "Terms of use",
  description: `The terms for using the ${clinic.name} web site.`,
};

export default function TermsPage() {
  return (
    <Prose>
      <h1>Terms of use</h1>
      <DemoNotice />

      <h2>Information, not medical advice</h2>
      <p>
        This site gives general information about depression and about ketamine and esketamine treatment. It is not
        medical advice and does not replace a conversation with a clinician who knows your history. Do not start, stop
        or change any medicine because of something you read here.
      </p>

      <h2>Not for emergencies</h2>
      <p>
        This site and its forms are not monitored around the clock and are not for emergencies. If you are thinking
        about suicide or are in crisis, <a href={`tel:${CRISIS.lifeline.number}`}>call {CRISIS.lifeline.number}</a> or{" "}
        <a href={`sms:${CRISIS.lifeline.number}`}>text {CRISIS.lifeline.number}</a> (the {CRISIS.lifeline.label}), or text{" "}
        {CRISIS.textLine.keyword} to <a href={`sms:${CRISIS.textLine.number}`}>{CRISIS.textLine.number}</a>. If you are
        in immediate danger, call <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> or go to the nearest
        emergency room.
      </p>

      <h2>Appointment requests</h2>
      <p>
        Sending a request does not make you a patient and does not book a visit. A member of staff will contact you,
        and a clinician evaluation decides whether treatment is right for you. We cannot promise that any treatment
        will work for you.
      </p>

      <h2>Your information</h2>
      <p>
        How we handle what you send us is explained on the <Link href="/privacy">privacy page</Link>.
      </p>

      <h2>Questions</h2>
      <p>
        Call us at <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a> or email{" "}
        <a href={`mailto:${clinic.email.frontDesk}`}>{clinic.email.frontDesk}</a>.
      </p>
    </Prose>
  );
}
