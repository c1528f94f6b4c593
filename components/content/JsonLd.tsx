import type { Thing, WithContext } from "schema-dts";

/**
 * Structured data for search engines. A data block, not a script: it never runs, so the
 * Content-Security-Policy does not need to allow it. "<" is escaped so no text can close the tag.
 */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
