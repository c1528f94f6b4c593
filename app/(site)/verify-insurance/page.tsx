import Link from "next/link";
import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import { InsuranceForm } from "@/components/forms/InsuranceForm";
import { TooLargeNotice } from "@/components/forms/TooLargeNotice";
import { clinic, telHref } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { requestInsuranceVerification } from "./actions";

export const metadata = pageMetadata({
  path: "/verify-insurance",
  title: "Verify your insurance",
  description: `Send ${clinic.name} your insurance details and we will check your benefits before your first visit.`,
});

type Props = { searchParams: Promise<{ upload?: string | string[] }> };

export default async function VerifyInsurancePage({ searchParams }: Props) {
  // Rendered per request: each view needs its own idempotency key and CSP nonce.
  await connection();
  // proxy.ts sends a post too large to read back here, before anything of it is stored.
  const tooLarge = (await searchParams).upload === "too-large";

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">Verify your insurance</h1>
      <div className="mt-4 max-w-prose space-y-3">
        <p>
          Send us your insurance details and we will check your benefits with your insurer before your first visit, so
          you know what to expect. We usually reply within {clinic.insurance.reviewWithin}. Paying for yourself? Our{" "}
          <Link href="/insurance-and-cost#self-pay-prices">self-pay prices</Link> are published; choose self-pay below and we
          will contact you to answer your questions.
        </p>
        <p>
          What you send is encrypted and read only by our staff; it is never included in emails. You can also call us at{" "}
          <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>.
        </p>
      </div>
      {tooLarge && (
        <div className="mt-8">
          <TooLargeNotice takesCardPhotos />
        </div>
      )}
      <div className="mt-10">
        {/* A fresh key per page view: the same form posted twice is stored once. */}
        <InsuranceForm action={requestInsuranceVerification} idempotencyKey={randomUUID()} />
      </div>
    </div>
  );
}
