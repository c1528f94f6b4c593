/**
 * schema.org descriptions of the clinic, its treatments and its FAQ, for search engines.
 * Built from the same data the pages show, so the two cannot disagree.
 */
import type { FAQPage, MedicalClinic, MedicalTherapy, OpeningHoursSpecification, WithContext } from "schema-dts";
import { DAY_LABELS, clinic } from "@/lib/clinic";
import { blockTexts, plainText } from "./rich-text";
import type { FaqGroup, Treatment } from "./types";


const url = (path: string) => `${clinic.url}${path === "/" ? "" : path}`;

const CLINIC_ID = `${clinic.url}/#clinic`;

export function clinicJsonLd(treatments: Treatment[]): WithContext<MedicalClinic> {
  const { address } = clinic;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalClinic",
    "@id": CLINIC_ID,
    name: clinic.name,
    description: clinic.tagline,
    url: clinic.url,
    telephone: clinic.phone.main,
    faxNumber: clinic.phone.fax,
    email: clinic.email.frontDesk,
    address: {
      "@type": "PostalAddress",
      streetAddress: [address.street, address.suite].filter(Boolean).join(", "),
      addressLocality: address.city,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: "US",
    },
    openingHoursSpecification: clinic.hours.map(
      (h): OpeningHoursSpecification => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: h.days.map((d) => DAY_LABELS[d]),
        opens: h.opens,
        closes: h.closes,
      }),
    ),
    medicalSpecialty: "Psychiatric",
    isAcceptingNewPatients: true,
    availableService: treatments.map((t) => ({ "@type": "MedicalTherapy", name: t.name, url: url(`/treatments/${t.slug}`) })),
  };
}

export function therapyJsonLd(treatment: Treatment): WithContext<MedicalTherapy> {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalTherapy",
    name: treatment.name,
    description: treatment.description,
    url: url(`/treatments/${treatment.slug}`),
    howPerformed: treatment.schema.route,
    relevantSpecialty: "Psychiatric",
    legalStatus: treatment.schema.status,
  };
}

export function faqJsonLd(groups: FaqGroup[]): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: groups.flatMap((group) =>
      group.entries.map((entry) => ({
        "@type": "Question" as const,
        name: entry.question,
        acceptedAnswer: {
          "@type": "Answer" as const,
          text: entry.answer.flatMap(blockTexts).map(plainText).join(" "),
        },
      })),
    ),
  };
}
