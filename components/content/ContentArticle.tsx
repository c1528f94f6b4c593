import type { ReactNode } from "react";
import { citationNumbers, citationsIn, sectionTexts } from "@/lib/content/rich-text";
import { references } from "@/lib/content/references";
import type { ContentPage, Section, Text } from "@/lib/content/types";
import { Blocks } from "./Blocks";
import { CallToAction } from "./CallToAction";
import { type Citations, RichText } from "./RichText";
import { Sources } from "./Sources";

type Heading = { id: string; heading: string };

type Props = {
  page: Pick<ContentPage, "title" | "lead" | "sections">;
  /** Key facts shown in a box between the lead and the first section. */
  glance?: { label: string; value: Text }[];
  /** Sections built from configuration, shown before the page's own sections. */
  prelude?: { contents: Heading[]; sections: ReactNode };
  /** Sections built from configuration, shown after the page's own. */
  children?: ReactNode;
  /** The headings of the sections in `children`, for the page's table of contents. */
  extraContents?: Heading[];
  /** The invitation to request an appointment or verify insurance; off on legal pages. */
  callToAction?: boolean;
  /** List every reference, with what it is about, numbered in list order (the Research page). */
  allSources?: boolean;
};

export const proseClass =
  "[&_h2]:mt-12 [&_h2]:scroll-mt-4 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-8 [&_h3]:text-lg [&_h3]:font-bold [&_li]:mt-2 [&_ol]:mt-4 [&_p]:mt-4 [&_ul]:mt-4";

/** A page of copy from lib/content: title, lead, contents, sections and the sources it cites. */
export function ContentArticle({
  page,
  glance = [],
  prelude,
  children,
  extraContents = [],
  callToAction = true,
  allSources = false,
}: Props) {
  const texts = [...page.lead, ...glance.map((g) => g.value), ...sectionTexts(page.sections)];
  const citations = citationNumbers(allSources ? references.map((r) => r.id) : citationsIn(texts));
  const contents = [...(prelude?.contents ?? []), ...page.sections, ...extraContents];

  return (
    <article className={`mx-auto max-w-3xl px-4 py-12 ${proseClass}`}>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <div className="text-lg">
        {page.lead.map((text) => (
          <p key={text}>
            <RichText text={text} citations={citations} />
          </p>
        ))}
      </div>
      {glance.length > 0 && (
        <dl className="mt-8 grid gap-x-6 gap-y-4 rounded-lg border border-line bg-surface p-5 sm:grid-cols-2 [&_dd]:mt-0">
          {glance.map((item) => (
            <div key={item.label}>
              <dt className="font-bold">{item.label}</dt>
              <dd>
                <RichText text={item.value} citations={citations} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {contents.length > 3 && (
        <nav aria-labelledby="contents-heading" className="mt-8 rounded-md border border-line bg-surface p-5">
          <h2 id="contents-heading" className="!mt-0 !text-base">
            On this page
          </h2>
          <ul className="!mt-2 columns-1 sm:columns-2 [&_li]:!mt-1">
            {contents.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.heading}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {prelude?.sections}
      {page.sections.map((section) => (
        <ArticleSection key={section.id} section={section} citations={citations} />
      ))}
      {children}
      {callToAction && <CallToAction />}
      <Sources ids={[...citations.keys()]} describe={allSources} />
    </article>
  );
}

function ArticleSection({ section, citations }: { section: Section; citations: Citations }) {
  return (
    <section>
      <h2 id={section.id}>{section.heading}</h2>
      <Blocks blocks={section.blocks} citations={citations} />
    </section>
  );
}
