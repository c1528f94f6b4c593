import type { Metadata } from "next";
import type { ReactNode } from "react";
import { CrisisBanner } from "@/components/layout/CrisisBanner";
import { clinic } from "@/lib/clinic";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(clinic.url),
  title: { template: `%s | ${clinic.name}`, default: clinic.name },
  description: `${clinic.name} (a fictional demo clinic) offers ketamine and esketamine care for adults with depression that other treatments have not helped.`,
};

/** Every page, public or staff: the skip link and the crisis lines come first. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold focus:text-ink focus:shadow-lg"
        >
          Skip to main content
        </a>
        <CrisisBanner />
        {children}
      </body>
    </html>
  );
}
