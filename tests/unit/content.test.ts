/**
 * The site's copy as data (lib/content): every treatment complete, every citation and link
 * pointing somewhere real, and no claim the clinic must never make.
 */
import { clinic } from "@/lib/clinic";
import { faq } from "@/lib/content/faq";
import { publicPaths } from "@/lib/content/navigation";
import { team } from "@/lib/content/pages/about";
import { researchPage } from "@/lib/content/pages/research";
import { gradeOf, MAX_GRADE } from "@/lib/content/readability";
import { contentPages as pages, readablePages } from "@/lib/content/readable-pages";
import { references } from "@/lib/content/references";
import { blockTexts, citationsIn, linksIn, parseInline, plainText, sectionTexts } from "@/lib/content/rich-text";
import { treatmentSections } from "@/lib/content/treatment-sections";
import { treatments } from "@/lib/content/treatments";
import { TREATMENT_SECTIONS, type Text } from "@/lib/content/types";

/** Every string a visitor can read that comes from content or the clinic's configuration, with where it is. */
function allCopy(): { where: string; text: Text }[] {
  const copy: { where: string; text: Text }[] = [];
  const add = (where: string, texts: Text[]) => texts.forEach((text) => copy.push({ where, text }));
  for (const page of pages) {
    add(page.path, [page.title, page.metaTitle ?? "", page.description, ...page.lead, ...page.sections.map((s) => s.heading)]);
    add(page.path, sectionTexts(page.sections));
  }
  for (const t of treatments) {
    const where = `/treatments/${t.slug}`;
    add(where, [t.name, t.shortName, t.description, ...t.lead, ...t.atAGlance.flatMap((g) => [g.label, g.value])]);
    add(where, treatmentSections(t).flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)]));
  }
  for (const group of faq) {
    add("/faq", [group.heading]);
    for (const entry of group.entries) add(`/faq#${entry.id}`, [entry.question, ...entry.answer.flatMap(blockTexts)]);
  }
  add("/about (team)", team.flatMap((p) => [p.name, p.credentials, p.role, p.bio]));
  add("/research (references)", references.map((r) => r.about));
  add("lib/clinic.ts", [
    clinic.tagline,
    ...clinic.treatments.map((t) => t.summary),
    clinic.insurance.selfPay.summary,
    ...clinic.insurance.selfPay.points,
    clinic.insurance.selfPay.pricesNote ?? "",
    ...clinic.insurance.selfPay.prices.map((p) => p.item),
    ...clinic.insurance.selfPay.series.map((s) => s.item),
    clinic.policies.cancellation,
    clinic.policies.fasting,
    clinic.policies.ride,
  ]);
  return copy.filter((c) => c.text !== "");
}

describe("treatments", () => {
  it("are the four the issue names, each with its own page, and each offered in the appointment form", () => {
    expect(treatments.map((t) => t.slug)).toEqual([
      "iv-ketamine-infusion",
      "esketamine-nasal-spray",
      "intramuscular-ketamine",
      "ketamine-assisted-psychotherapy",
    ]);
    const offered = clinic.treatments.map((t) => t.id);
    for (const t of treatments) expect(offered).toContain(t.clinicId);
    expect(new Set(treatments.map((t) => t.clinicId)).size).toBe(treatments.length);
  });

  it.each(treatments.map((t) => [t.slug, t] as const))("%s has every required section, each with substance", (_slug, t) => {
    expect(Object.keys(t.sections).sort()).toEqual([...TREATMENT_SECTIONS].sort());
    for (const id of TREATMENT_SECTIONS) {
      const section = t.sections[id];
      expect(section.heading.trim()).not.toBe("");
      const words = section.blocks.flatMap(blockTexts).map(plainText).join(" ").split(/\s+/).length;
      expect({ section: id, enoughWords: words >= 40 }).toEqual({ section: id, enoughWords: true });
    }
    expect(t.atAGlance.length).toBeGreaterThanOrEqual(3);
    expect(citationsIn([...t.lead, ...treatmentSections(t).flatMap((s) => s.blocks.flatMap(blockTexts))]).length).toBeGreaterThanOrEqual(2);
  });

  it("esketamine's page states the two-hour observation after each dose", () => {
    const esketamine = treatments.find((t) => t.clinicId === "esketamine")!;
    const text = esketamine.sections["time-and-monitoring"].blocks.flatMap(blockTexts).join(" ");
    expect(text).toMatch(/(2|two) hours/i);
  });
});

describe("pages", () => {
  it("have unique paths, titles and descriptions, and every description fits a search result", () => {
    const all = [
      ...pages.map((p) => ({ path: p.path, title: p.metaTitle ?? p.title, description: p.description })),
      ...treatments.map((t) => ({ path: `/treatments/${t.slug}`, title: t.name, description: t.description })),
    ];
    for (const key of ["path", "title", "description"] as const) {
      const values = all.map((p) => p[key]);
      expect(values.filter((v, i) => values.indexOf(v) !== i)).toEqual([]);
    }
    for (const p of all) expect({ path: p.path, length: p.description.length <= 160 }).toEqual({ path: p.path, length: true });
  });

  it("are each reachable from the navigation, and so listed in the sitemap", () => {
    const paths = publicPaths();
    for (const page of pages) expect(paths).toContain(page.path);
    for (const t of treatments) expect(paths).toContain(`/treatments/${t.slug}`);
    expect(paths).toEqual(expect.arrayContaining(["/faq", "/appointments", "/verify-insurance"]));
  });

  it("have section ids that are unique on their page and usable as fragments", () => {
    const check = (where: string, ids: string[]) => {
      expect({ where, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ where, duplicates: [] });
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    };
    for (const page of pages) check(page.path, page.sections.map((s) => s.id));
    check("/faq", faq.flatMap((g) => g.entries.map((e) => e.id)));
  });
});

describe("citations and links", () => {
  const copy = allCopy();
  const referenceIds = new Set<string>(references.map((r) => r.id));

  it("cite only sources in the reference list", () => {
    const unknown = copy.flatMap(({ where, text }) =>
      citationsIn([text]).filter((id) => !referenceIds.has(id)).map((id) => `${where}: [^${id}]`),
    );
    expect(unknown).toEqual([]);
  });

  it("use every source in the reference list somewhere, and the Research page cites them all", () => {
    const cited = new Set(citationsIn(copy.map((c) => c.text)));
    expect(references.map((r) => r.id).filter((id) => !cited.has(id))).toEqual([]);
    const onResearch = new Set(citationsIn([...researchPage.lead, ...sectionTexts(researchPage.sections)]));
    expect(references.map((r) => r.id).filter((id) => !onResearch.has(id))).toEqual([]);
  });

  it("has references with unique ids, and links only over https", () => {
    expect(referenceIds.size).toBe(references.length);
    for (const r of references) if ("url" in r) expect(r.url).toMatch(/^https:\/\//);
  });

  it("link only to pages that exist", () => {
    const paths = new Set(publicPaths());
    const broken = copy.flatMap(({ where, text }) =>
      linksIn([text])
        .filter((href) => href.startsWith("/") && !paths.has(href.split("#")[0]!))
        .map((href) => `${where}: ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it("link elsewhere only over https, by phone or by email", () => {
    const other = copy.flatMap(({ where, text }) =>
      linksIn([text])
        .filter((href) => !/^(\/|https:\/\/|tel:\+?\d+$|sms:\d+$|mailto:)/.test(href))
        .map((href) => `${where}: ${href}`),
    );
    expect(other).toEqual([]);
  });

  it("carries no stray markup: brackets, asterisks or markdown that the renderer would print as is", () => {
    const stray = copy.flatMap(({ where, text }) =>
      parseInline(text)
        .filter((p) => p.kind === "text" && /\[|\]|\*\*|__|^#|<\/?[a-z]/i.test(p.text))
        .map(() => `${where}: ${text.slice(0, 80)}`),
    );
    expect(stray).toEqual([]);
  });
});

/** A citation mark, [^reference-id]. */
const CITATION = /\[\^[a-z0-9-]+\]/;
const COUNT = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
/**
 * A proportion written in words, which needs a source as much as a percentage does: "3 in 10",
 * "one out of five", "half" (not "half an hour" or "half-life"), "a third", "two thirds", "a quarter".
 * Vaguer words ("most", "many", "some") are not figures and are left to review.
 */
const PROPORTION_IN_WORDS = new RegExp(
  [
    `\\b${COUNT}\\s+(?:in|out\\s+of)\\s+(?:${COUNT}|a\\s+hundred)\\b`,
    "\\bhalf\\b(?!-|\\s+(?:an?\\s+)?(?:hour|day|minute|dose)s?\\b)",
    "\\b(?:a|one|two|three)[\\s-](?:third|quarter|fifth)s?\\b",
  ].join("|"),
  "i",
);

describe("claims", () => {
  const copy = allCopy();

  /** Claims the fact sheet (section 10) rules out, whatever the context. */
  const FORBIDDEN: RegExp[] = [
    /\bcur(e|es|ed|ing)\b/i,
    /\bguarantee/i,
    /\bno side[- ]?effects?\b/i,
    /\bside[- ]?effect[- ]free\b/i,
    /\bwithout (any )?side[- ]?effects\b/i,
    /\bnot addictive\b/i,
    /\bnon-?addictive\b/i,
    /\bno (known )?risks?\b/i,
    /\brisk[- ]free\b/i,
    /\bproven (to be )?safe\b/i,
    /\bcompletely safe\b/i,
    /\b100\s?%/i,
    /\bsuccess rates?\b/i,
    /\bmiracle/i,
    /\bbreakthrough/i,
    /\bgold standard\b/i,
    /\bmost effective\b/i,
    /\bworks for everyone\b/i,
    /\blasting relief\b/i,
    /\bpermanent/i,
    /\baccredit/i,
    /\brepairs?\b/i,
    /\bregrow/i,
    /\binstant/i,
    /\bactivat\w* (the )?NMDA/i,
    /\bmost (insurance )?plans (will )?cover\b/i,
    /\bketamine (infusions? )?(is|are) FDA[- ]approved for depression\b/i,
  ];

  it.each(FORBIDDEN.map((re) => [String(re), re] as const))("nothing matches %s", (_name, re) => {
    expect(copy.filter(({ text }) => re.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  const sentences = copy.flatMap(({ where, text }) =>
    text.split(/(?<=[.!?](?:\[\^[a-z0-9-]+\])*)\s+/).map((sentence) => ({ where, sentence })),
  );

  it("gives a figure as a percentage only with a source in the same sentence", () => {
    const unsourced = sentences.filter(({ sentence }) => /\d\s?%|\bpercent\b/i.test(sentence) && !/\[\^[a-z0-9-]+\]/.test(sentence));
    expect(unsourced.map(({ where, sentence }) => `${where}: ${sentence}`)).toEqual([]);
  });

  it("gives a proportion in words (3 in 10, one in five, half, a third, two thirds) only with a source in the same sentence", () => {
    const unsourced = sentences.filter(({ sentence }) => PROPORTION_IN_WORDS.test(sentence) && !CITATION.test(sentence));
    expect(unsourced.map(({ where, sentence }) => `${where}: ${sentence}`)).toEqual([]);
  });

  it("the proportion rule itself flags an unsourced proportion and passes a sourced one or a length of time", () => {
    const flagged = (sentence: string) => PROPORTION_IN_WORDS.test(sentence) && !CITATION.test(sentence);
    expect(flagged("About 3 in 10 people improve.")).toBe(true);
    expect(flagged("About 3 in 10 people improve[^rush-2006].")).toBe(false);
    for (const unsourced of ["One in five adults respond.", "Often about half respond.", "A third do not.", "Two-thirds felt better.", "Nearly 1 out of 4 stop."]) {
      expect({ unsourced, flagged: flagged(unsourced) }).toEqual({ unsourced, flagged: true });
    }
    for (const time of ["Rest for half an hour.", "Its half-life is short.", "It takes one to two hours."]) {
      expect({ time, flagged: flagged(time) }).toEqual({ time, flagged: false });
    }
  });

  it("cites a source for every evidence grade (\"Evidence: strong\", \"moderate\", \"limited\" …)", () => {
    const grades = copy.filter(({ text }) => /^Evidence:/.test(text));
    expect(grades.length).toBeGreaterThanOrEqual(8);
    expect(grades.filter(({ text }) => !CITATION.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it("names the survey year beside every figure from the NIMH statistics page, the year its reference gives", () => {
    const nimh = references.find((r) => r.id === "nimh-major-depression")!;
    const figures = sentences.filter(({ sentence }) => sentence.includes("[^nimh-major-depression]"));
    expect(figures.length).toBeGreaterThan(0);
    const undated = figures.filter(({ sentence }) => !sentence.includes(String(nimh.year)));
    expect(undated.map(({ where, sentence }) => `${where}: ${sentence}`)).toEqual([]);
    expect(nimh.about).toContain(String(nimh.year));
  });

  it("the claims check itself catches a promise, a cure and an unsourced success figure", () => {
    const flagged = (text: string) =>
      FORBIDDEN.some((re) => re.test(text)) || (/\d\s?%/.test(text) && !/\[\^[a-z0-9-]+\]/.test(text));
    expect(flagged("Ketamine cures depression.")).toBe(true);
    expect(flagged("Results guaranteed.")).toBe(true);
    expect(flagged("Our patients see a 75% response.")).toBe(true);
    expect(flagged("In one trial 22.5% reached remission[^spravato-label].")).toBe(false);
    expect(flagged("Side effects are usually brief.")).toBe(false);
  });
});

describe("readability", () => {
  it(`every patient page reads at grade MAX_GRADE (${MAX_GRADE}) or below (Flesch-Kincaid; npm run copy:check shows each)`, () => {
    const grades = readablePages().map(({ path, texts }) => ({ path, grade: gradeOf(texts) }));
    expect(grades.length).toBeGreaterThanOrEqual(pages.length + treatments.length + 1);
    expect(grades.filter(({ grade }) => grade > MAX_GRADE)).toEqual([]);
  });
});
