import { findReference } from "@/lib/content/references";
import type { Reference } from "@/lib/content/types";

/** A reference as in a reference list, with a link where one is known. */
export function ReferenceEntry({ reference: r }: { reference: Reference }) {
  return (
    <>
      {r.authors}. {r.title}. <cite>{r.source}</cite>. {r.year}
      {r.details && <>;{r.details}</>}.
      {r.url && (
        <>
          {" "}
          <a href={r.url} rel="noopener">
            {r.url.includes("pubmed") ? "Find it on PubMed" : "Read it"}
            <span className="sr-only">: {r.title}</span>
          </a>
          {r.freeFullText && " (free full text)"}
        </>
      )}
    </>
  );
}

/**
 * The numbered list of sources a page cites; citation marks link to its items. With
 * `describe`, each also says in a sentence what the source is.
 */
export function Sources({ ids, describe = false }: { ids: string[]; describe?: boolean }) {
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="text-lg font-bold">
        Sources
      </h2>
      <p className="mt-2 text-sm text-ink-muted">
        General information based on these sources, not medical advice. Your clinician can tell you what applies to you.
      </p>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {ids.map((id) => {
          const reference = findReference(id);
          return (
            reference && (
              <li key={id} id={`source-${id}`} tabIndex={-1}>
                <ReferenceEntry reference={reference} />
                {describe && <span className="mt-1 block text-base text-ink">{reference.about}</span>}
              </li>
            )
          );
        })}
      </ol>
    </section>
  );
}
