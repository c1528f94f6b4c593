import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Confirmation } from "@/components/layout/Confirmation";
import { clinic } from "@/lib/clinic";
import { isReference } from "@/lib/submissions/reference";

export const metadata: Metadata = { title: "Insurance details received" };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

export default async function InsuranceSubmittedPage({ searchParams }: Props) {
  const { ref } = await searchParams;
  if (!isReference(ref, "INS")) notFound();

  return (
    <Confirmation
      heading="We received your insurance details"
      reference={ref}
      status="awaiting review"
      steps={
        <>
          <li>Our front desk reviews what you sent, usually within {clinic.insurance.reviewWithin}.</li>
          <li>
            If you have insurance, we contact your insurer to check your benefits for the treatment you chose, including
            whether prior authorization is needed. If you chose self-pay, there is nothing to check: our prices are
            published on our <Link href="/insurance-and-cost#self-pay-prices">insurance and cost page</Link>, with what a
            typical first series costs, and we call to answer your questions about them.
          </li>
          <li>
            We call or email you with what we learned. A benefits check is an estimate from your insurer, not a promise
            of payment.
          </li>
          <li>We will also send a short email confirming your reference number. It does not repeat any of your details.</li>
        </>
      }
    >
      <p className="mt-6 max-w-prose">
        Ready to talk about treatment? <Link href="/appointments">Request an appointment</Link>.
      </p>
    </Confirmation>
  );
}
