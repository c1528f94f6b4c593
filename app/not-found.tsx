import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/components/layout/SiteShell";
import { CRISIS, clinic, telHref } from "@/lib/clinic";
import { mainNavigation, startNavigation } from "@/lib/content/navigation";
import { VeteransLine } from "@/components/layout/VeteransLine";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteShell>
      <div className="mx-auto max-w-3xl px-4 py-16">
        <h1 className="text-3xl font-bold">We can&rsquo;t find that page</h1>
        <p className="mt-4">
          The page may have moved, or the address may have a typo. Call us at{" "}
          <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a> and we will help, or try one of these pages:
        </p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>
            <Link href="/">Home page</Link>
          </li>
          {[...startNavigation, ...mainNavigation].map((item) => (
            <li key={item.path}>
              <Link href={item.path}>{item.label}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          In a crisis, do not wait: call or text <a href={`tel:${CRISIS.lifeline.number}`}>{CRISIS.lifeline.number}</a>, or
          call <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> in an emergency. <VeteransLine />
        </p>
      </div>
    </SiteShell>
  );
}
