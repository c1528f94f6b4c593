import Link from "next/link";
import { parseInline } from "@/lib/content/rich-text";
import type { Text } from "@/lib/content/types";

/** Numbers of the sources a page cites, by reference id (see citationNumbers). */
export type Citations = ReadonlyMap<string, number>;

/** One string of copy with its links and citation marks turned into elements. */
export function RichText({ text, citations }: { text: Text; citations: Citations }) {
  return parseInline(text).map((part, i) => {
    if (part.kind === "text") return part.text;
    if (part.kind === "link") {
      return part.href.startsWith("/") ? (
        <Link key={i} href={part.href}>
          {part.label}
        </Link>
      ) : (
        <a key={i} href={part.href} rel="noopener">
          {part.label}
        </a>
      );
    }
    const n = citations.get(part.id);
    return (
      <sup key={i}>
        <a href={`#source-${part.id}`} className="no-underline hover:underline">
          <span className="sr-only">source </span>[{n}]
        </a>
      </sup>
    );
  });
}
