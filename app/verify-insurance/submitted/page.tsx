import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CRISIS, clinic, telHref } from "@/lib/clinic";
import { isReference } from "@/lib/submissions/reference";

export const metadata: Metadata = { title: "Insurance details received" };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

export default async function InsuranceSubmittedPage({ searchParams }: Props) {
  const { ref } = await searchParams;
  if (!isReference(ref, "INS")) notFound();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">We received your insurance details</h1>
      <div className="mt-6 rounded-md border border-line bg-surface p-6">
        <p>Your reference number is</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-wider">{ref}</p>
        <p className="mt-3">
          Status: <strong>awaiting review</strong>
        </p>
        <p className="mt-3 text-sm text-ink-muted">Please keep it: mention it if you call us about this request.</p>
      </div>
      <h2 className="mt-10 text-xl font-bold">What happens next</h2>
      <ol className="mt-4 max-w-prose list-decimal space-y-3 pl-6">
        <li>Our front desk reviews what you sent, usually within {clinic.insurance.reviewWithin}.</li>
        <li>
          If you have insurance, we contact your insurer to check your benefits for the treatment you chose, including
          whether prior authorization is needed. If you chose self-pay, we prepare our prices for you.
        </li>
        <li>We call or email you with what we learned. A benefits check is an estimate from your insurer, not a promise of payment.</li>
        <li>We will also send a short email confirming your reference number. It does not repeat any of your details.</li>
      </ol>
      <p className="mt-6 max-w-prose">
        Ready to talk about treatment? <Link href="/appointments">Request an appointment</Link>, or call{" "}
        <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>.
      </p>
      <p className="mt-6 max-w-prose rounded-md border-l-4 border-crisis bg-surface p-4">
        If things get worse while you wait, you do not have to wait for us: call or text{" "}
        <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a> at any time, or call{" "}
        <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> in an emergency.
      </p>
      <p className="mt-8">
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
