/**
 * The shapes of the site's editable copy. Content modules in this folder are plain data, so a
 * clinic can rewrite the text without touching a component.
 *
 * Copy strings ("Text") may carry two inline marks and nothing else:
 *   [label](/internal-path) or [label](https://…)  a link
 *   [^reference-id]                                 a citation of lib/content/references.ts
 * tests/unit/content.test.ts checks every mark, and that no copy makes a forbidden claim.
 */
import type { TreatmentId } from "@/lib/clinic";

export type Text = string;

/** One block of a section: a paragraph, a bulleted list, numbered steps or a highlighted note. */
export type Block = Text | { list: Text[] } | { steps: Text[] } | { note: Text };

export type Section = {
  /** Fragment id, unique on its page: lowercase words joined by hyphens. */
  id: string;
  heading: string;
  blocks: Block[];
};

/** A page made of a lead and sections, rendered by components/content/ContentPage.tsx. */
export type ContentPage = {
  path: `/${string}`;
  /** The page's h1; also its <title> before the clinic's name. */
  title: string;
  /** A shorter title for the document's <title>, when the h1 is long. */
  metaTitle?: string;
  /** Meta and Open Graph description: one or two sentences, at most 160 characters. */
  description: string;
  lead: Text[];
  sections: Section[];
};

/** Every treatment page has these sections, in this order. */
export const TREATMENT_SECTIONS = [
  "what-it-is",
  "how-a-session-goes",
  "typical-course",
  "time-and-monitoring",
  "who-may-be-a-candidate",
  "who-should-not-have-it",
  "side-effects",
  "coverage",
] as const;
export type TreatmentSectionId = (typeof TREATMENT_SECTIONS)[number];

export type Treatment = {
  /** The URL segment: /treatments/<slug>. */
  slug: string;
  /** The option of the same treatment in the appointment form (lib/clinic.ts). */
  clinicId: Exclude<TreatmentId, "not-sure">;
  /** The page's h1 and the name used in lists. */
  name: string;
  /** A short name for navigation. */
  shortName: string;
  description: string;
  /** Facts shown in a box at the top of the page. */
  atAGlance: { label: string; value: Text }[];
  lead: Text[];
  sections: Record<TreatmentSectionId, Omit<Section, "id">>;
  /** For structured data (schema.org MedicalTherapy). */
  schema: {
    /** The drug's regulatory status for this use. */
    status: "FDA-approved" | "Off-label";
    /** Administration route, e.g. "Intravenous infusion". */
    route: string;
  };
};

export type FaqEntry = {
  /** Fragment id: /faq#<id>. */
  id: string;
  question: string;
  answer: Block[];
};

export type FaqGroup = { heading: string; entries: FaqEntry[] };

export type Reference = {
  /** Cited in copy as [^id]: lowercase author and year, e.g. "serafini-2014". */
  id: string;
  /** As in a reference list: "Serafini G, Howland RH, …" or an organisation. */
  authors: string;
  title: string;
  /** Journal, publisher or web site. */
  source: string;
  year: number;
  /** Volume and pages, e.g. "12:444–61", when the source has them. */
  details?: string;
  /** Where to read it; only addresses known to be right. */
  url?: string;
  /** True when the full text is free to read (PubMed Central). */
  freeFullText?: boolean;
  /** One plain sentence on what the source is, for the Research page. */
  about: Text;
};

export type TeamMember = {
  name: string;
  /** Degrees and licences, e.g. "MD, board-certified psychiatrist". */
  credentials: string;
  role: string;
  bio: Text;
};
