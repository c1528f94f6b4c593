import Link from "next/link";
import { primaryButton } from "@/components/layout/styles";
import { clinic, telHref } from "@/lib/clinic";

/** The two ways to start, and the phone, at the end of every information page. */
export function CallToAction({ heading = "Ready to talk it through?" }: { heading?: string }) {
  return (
    <aside aria-labelledby="next-step-heading" className="mt-12 rounded-lg border border-line bg-mist p-6">
      <h2 id="next-step-heading" className="!mt-0 !text-xl">
        {heading}
      </h2>
      <p>
        Ask for an appointment and our staff will call you back within {clinic.replyWithin}. No referral is needed.
        Want to know about cost first? Send us your insurance details and we will check your benefits.
      </p>
      <p className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link href="/appointments" className={primaryButton}>
          Request an appointment
        </Link>
        <Link href="/verify-insurance">Verify your insurance</Link>
        <span>
          or call <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>
        </span>
      </p>
    </aside>
  );
}
