import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import { AppointmentForm } from "@/components/forms/AppointmentForm";
import { TooLargeNotice } from "@/components/forms/TooLargeNotice";
import { clinic, telHref } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { requestAppointment } from "./actions";

export const metadata = pageMetadata({
  path: "/appointments",
  title: "Request an appointment",
  description: `Ask ${clinic.name} for an appointment. We reply within ${clinic.replyWithin}.`,
});

type Props = { searchParams: Promise<{ upload?: string | string[] }> };

export default async function AppointmentPage({ searchParams }: Props) {
  // Rendered per request: each view needs its own idempotency key and CSP nonce.
  await connection();
  // proxy.ts sends a post too large to read back here, before anything of it is stored.
  const tooLarge = (await searchParams).upload === "too-large";
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">Request an appointment</h1>
      <div className="mt-4 max-w-prose space-y-3">
        <p>
          Tell us how to reach you and what you would like to talk about. Someone from our front desk will contact you
          within {clinic.replyWithin} to answer your questions and find a time for a first evaluation. Sending this form
          does not book an appointment yet, and no referral is needed.
        </p>
        <p>
          You can also call us at <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>. What you send is stored
          securely and read only by our staff; it is never included in emails.
        </p>
      </div>
      {tooLarge && (
        <div className="mt-8">
          <TooLargeNotice takesCardPhotos={false} />
        </div>
      )}
      <div className="mt-10">
        {/* A fresh key per page view: the same form posted twice is stored once. */}
        <AppointmentForm action={requestAppointment} idempotencyKey={randomUUID()} />
      </div>
    </div>
  );
}
