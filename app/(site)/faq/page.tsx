import { Blocks } from "@/components/content/Blocks";
import { CallToAction } from "@/components/content/CallToAction";
import { JsonLd } from "@/components/content/JsonLd";
import { RichText } from "@/components/content/RichText";
import { proseClass } from "@/components/content/ContentArticle";
import { Sources } from "@/components/content/Sources";
import { faq, faqPage } from "@/lib/content/faq";
import { pageMetadata } from "@/lib/content/metadata";
import { blockTexts, citationNumbers, citationsIn } from "@/lib/content/rich-text";
import { faqJsonLd } from "@/lib/content/structured-data";

export const metadata = pageMetadata(faqPage);

/** Questions open and close without JavaScript: each is a <details> element. */
export default function FaqPage() {
  const texts = faq.flatMap((g) => g.entries.flatMap((e) => e.answer.flatMap(blockTexts)));
  const citations = citationNumbers(citationsIn(texts));

  return (
    <article className={`mx-auto max-w-3xl px-4 py-12 ${proseClass}`}>
      <JsonLd data={faqJsonLd(faq)} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{faqPage.title}</h1>
      {faqPage.lead.map((text) => (
        <p key={text} className="text-lg">
          <RichText text={text} citations={citations} />
        </p>
      ))}
      {faq.map((group) => (
        <section key={group.heading}>
          <h2>{group.heading}</h2>
          <div className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
            {group.entries.map((entry) => (
              <details key={entry.id} id={entry.id} className="group scroll-mt-4 px-5 py-3">
                <summary className="cursor-pointer py-1 font-semibold marker:text-brand">{entry.question}</summary>
                <div className="pb-2">
                  <Blocks blocks={entry.answer} citations={citations} />
                </div>
              </details>
            ))}
          </div>
        </section>
      ))}
      <CallToAction heading="Still have a question?" />
      <Sources ids={[...citations.keys()]} />
    </article>
  );
}
