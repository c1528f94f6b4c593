"use client";

import { CLINIC_NAME, CLINIC_PHONE, CRISIS, telHref } from "@/lib/clinic-contact";
import "./globals.css";
import { VeteransLine } from "@/components/layout/VeteransLine";

/**
 * Shown only when the root layout itself fails, so it cannot use the site's header and footer:
 * it keeps the phone number, the crisis lines and plain links to the main pages.
 */
export default function GlobalError({ reset }: { error: unknown; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>{`Something went wrong | ${CLINIC_NAME}`}</title>
      </head>
      <body>
        <main className="mx-auto max-w-3xl px-4 py-16">
          <p className="font-bold">{CLINIC_NAME}</p>
          <h1 className="mt-4 text-3xl font-bold">Sorry, something went wrong</h1>
          <p className="mt-4">
            This page could not load just now. Please try again. If it keeps happening, call us at{" "}
            <a href={telHref(CLINIC_PHONE.main)}>{CLINIC_PHONE.main}</a>.
          </p>
          <p className="mt-4">
            In a crisis, call or text <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a>, or call{" "}
            <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> in an emergency. <VeteransLine />
          </p>
          <p className="mt-6 flex flex-wrap gap-6">
            <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 font-semibold text-on-brand">
              Try again
            </button>
            {/* Plain links: the client router may be what failed. */}
            <a href="/">Home page</a>
            <a href="/appointments">Request an appointment</a>
          </p>
        </main>
      </body>
    </html>
  );
}
