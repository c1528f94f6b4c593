import Link from "next/link";
import type { ReactNode } from "react";
import { CRISIS, clinic, telHref } from "@/lib/clinic";
import { VeteransLine } from "@/components/layout/VeteransLine";

type Props = {
  heading: string;
  reference: string;
  /** Shown under the reference, e.g. "awaiting review". */
  status?: string;
  /** The "what happens next" steps, as list items. */
  steps: ReactNode;
  children?: ReactNode;
};

/** The page after a form was sent: its reference number, what happens next, and help while waiting. */
export function Confirmation({ heading, reference, status, steps, children }: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{heading}</h1>
      <div className="mt-6 rounded-md border border-line bg-surface p-6">
        <p>Your reference number is</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-wider">{reference}</p>
        {status && (
          <p className="mt-3">
            Status: <strong>{status}</strong>
          </p>
        )}
        <p className="mt-3 text-sm text-ink-muted">Please keep it: mention it if you call us about this request.</p>
      </div>
      <h2 className="mt-10 text-xl font-bold">What happens next</h2>
      <ol className="mt-4 max-w-prose list-decimal space-y-3 pl-6">{steps}</ol>
      {children}
      <p className="mt-6 max-w-prose">
        If you do not hear from us, or need us sooner, call <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>.
      </p>
      <p className="mt-6 max-w-prose rounded-md border-l-4 border-crisis bg-surface p-4">
        If things get worse while you wait, you do not have to wait for us: call or text{" "}
        <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a> at any time, or call{" "}
        <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> in an emergency. <VeteransLine />
      </p>
      <p className="mt-8">
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
