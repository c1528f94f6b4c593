import type { Metadata } from "next";
import { clinic } from "@/lib/clinic";

/**
 * A page's title, description, canonical address and Open Graph card. Paths are resolved
 * against clinic.url (metadataBase in app/layout.tsx). A page's metaTitle, when it has one,
 * replaces its (longer) h1 in the <title>.
 */
export function pageMetadata(page: { path: string; title: string; metaTitle?: string; description: string }): Metadata {
  const { path, description } = page;
  const title = page.metaTitle ?? page.title;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      locale: "en_US",
      siteName: clinic.name,
      url: path,
      title: `${title} | ${clinic.name}`,
      description,
    },
  };
}
