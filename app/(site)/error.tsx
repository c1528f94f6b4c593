"use client";

import Link from "next/link";
import { primaryButton } from "@/components/layout/styles";
import { CLINIC_PHONE, CRISIS, telHref } from "@/lib/clinic-contact";
import { VeteransLine } from "@/components/layout/VeteransLine";

type ErrorProps = { error: unknown; reset: () => void; retry?: () => void };

// Never show error.message: it can carry server details a patient should not see.
export default function ErrorPage({ reset, retry }: ErrorProps) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Sorry, something went wrong</h1>
      <p className="mt-4">
        This page could not load just now. Please try again. If it keeps happening, call us at{" "}
        <a href={telHref(CLINIC_PHONE.main)}>{CLINIC_PHONE.main}</a> and we will help you by phone.
      </p>
      <p className="mt-4">
        In a crisis, call or text <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a>, or call{" "}
        <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> in an emergency. <VeteransLine />
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <button
          type="button"
          onClick={() => (retry ?? reset)()}
          className={primaryButton}
        >
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </div>
    </div>
  );
}
