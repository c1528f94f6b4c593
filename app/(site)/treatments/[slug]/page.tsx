import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentArticle } from "@/components/content/ContentArticle";
import { JsonLd } from "@/components/content/JsonLd";
import { pageMetadata } from "@/lib/content/metadata";
import { therapyJsonLd } from "@/lib/content/structured-data";
import { treatmentSections } from "@/lib/content/treatment-sections";
import { findTreatment, treatments } from "@/lib/content/treatments";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return treatments.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const treatment = findTreatment((await params).slug);
  if (!treatment) return {};
  return pageMetadata({ path: `/treatments/${treatment.slug}`, title: treatment.name, description: treatment.description });
}

export default async function TreatmentPage({ params }: Props) {
  const treatment = findTreatment((await params).slug);
  if (!treatment) notFound();

  return (
    <>
      <JsonLd data={therapyJsonLd(treatment)} />
      <ContentArticle
        page={{ title: treatment.name, lead: treatment.lead, sections: treatmentSections(treatment) }}
        glance={treatment.atAGlance}
      />
    </>
  );
}
