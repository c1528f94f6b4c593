import Link from "next/link";
import { plainText } from "@/lib/content/rich-text";
import type { Treatment } from "@/lib/content/types";

/** A card per treatment: what it is in a sentence, two key facts, and a link to its page. */
export function TreatmentCards({ treatments }: { treatments: Treatment[] }) {
  return (
    <ul className="!mt-6 grid gap-6 md:grid-cols-2">
      {treatments.map((t) => (
        <li key={t.slug} className="!mt-0 flex flex-col rounded-lg border border-line bg-surface p-5">
          <h3 className="!mt-0 text-lg font-bold">
            <Link href={`/treatments/${t.slug}`}>{t.name}</Link>
          </h3>
          <p className="!mt-2">{t.description}</p>
          <dl className="mt-3 space-y-1 text-sm">
            {t.atAGlance.slice(0, 2).map((fact) => (
              <div key={fact.label}>
                <dt className="inline font-bold">{fact.label}: </dt>
                <dd className="inline">{plainText(fact.value)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
