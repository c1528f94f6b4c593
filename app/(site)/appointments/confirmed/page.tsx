import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Confirmation } from "@/components/layout/Confirmation";
import { clinic } from "@/lib/clinic";
import { isReference } from "@/lib/submissions/reference";

export const metadata: Metadata = { title: "Request received" };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

export default async function ConfirmedPage({ searchParams }: Props) {
  const { ref } = await searchParams;
  if (!isReference(ref, "APT")) notFound();

  return (
    <Confirmation
      heading="We received your request"
      reference={ref}
      steps={
        <>
          <li>Our front desk reads your request, usually within {clinic.replyWithin}.</li>
          <li>We contact you in the way you chose, to answer your questions and find a time for a first evaluation.</li>
          <li>We will also send a short email confirming your reference number. It does not repeat what you told us.</li>
        </>
      }
    />
  );
}
