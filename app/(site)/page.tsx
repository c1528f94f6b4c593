import Link from "next/link";
import { Blocks } from "@/components/content/Blocks";
import { JsonLd } from "@/components/content/JsonLd";
import { RichText } from "@/components/content/RichText";
import { Sources } from "@/components/content/Sources";
import { TreatmentCards } from "@/components/content/TreatmentCards";
import { proseClass } from "@/components/content/ContentArticle";
import { primaryButtonLarge } from "@/components/layout/styles";
import { clinic, telHref } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { homePage as page } from "@/lib/content/pages/home";
import { citationNumbers, citationsIn, sectionTexts } from "@/lib/content/rich-text";
import { clinicJsonLd } from "@/lib/content/structured-data";
import { treatments } from "@/lib/content/treatments";
import type { Section } from "@/lib/content/types";

export const metadata = pageMetadata(page);

const band = `mx-auto max-w-5xl px-4 py-10 ${proseClass}`;

export default function HomePage() {
  const citations = citationNumbers(citationsIn([...page.lead, ...sectionTexts(page.sections)]));
  const [first, ...rest] = page.sections;

  const section = (s: Section, shaded: boolean) => (
    <section key={s.id} className={shaded ? "border-y border-line bg-surface" : undefined}>
      <div className={`${band} [&>*]:max-w-prose`}>
        <h2 id={s.id} className="!mt-0">
          {s.heading}
        </h2>
        <Blocks blocks={s.blocks} citations={citations} />
      </div>
    </section>
  );

  return (
    <>
      <JsonLd data={clinicJsonLd(treatments)} />
      <div className="bg-surface">
        <div className={`${band} py-14`}>
          <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
          <div className="max-w-prose text-lg">
            {page.lead.map((text) => (
              <p key={text}>
                <RichText text={text} citations={citations} />
              </p>
            ))}
          </div>
          <p className="!mt-8 flex flex-wrap items-center gap-x-4 gap-y-3">
            <Link href="/appointments" className={primaryButtonLarge}>
              Request an appointment
            </Link>
            <Link href="/verify-insurance">Check your insurance first</Link>
            <span>
              or call <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>
            </span>
          </p>
        </div>
      </div>

      {first && section(first, false)}

      <section className="border-y border-line bg-surface">
        <div className={band}>
          <h2 id="treatments" className="!mt-0">
            Treatments at a glance
          </h2>
          <p className="max-w-prose">
            Every treatment is given here in the clinic, with staff monitoring you.{" "}
            <Link href="/treatments">Compare the treatments</Link> or read about each one:
          </p>
          <TreatmentCards treatments={treatments} />
        </div>
      </section>

      {rest.map((s, i) => section(s, i % 2 === 1))}

      <div className={`${band} pt-0 [&>*]:max-w-prose`}>
        <Sources ids={[...citations.keys()]} />
      </div>
    </>
  );
}
