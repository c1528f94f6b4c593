"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The phone-sized menu: a <details> element, so it opens without JavaScript. Keyed by the
 * path, so it closes again after a client-side navigation.
 */
export function MenuDisclosure({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="group lg:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-line-strong px-3 py-1.5 font-semibold [&::-webkit-details-marker]:hidden">
        Menu
        <span aria-hidden="true" className="text-sm group-open:rotate-180">
          ▾
        </span>
      </summary>
      {children}
    </details>
  );
}
