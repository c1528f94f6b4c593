/**
 * The crisis numbers are typed in one place, lib/clinic-contact.ts (CRISIS), and every page,
 * form, error page and email reads them from there. A number typed by hand elsewhere would go
 * stale on its own the day a line changes, so this test fails on any.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CRISIS } from "@/lib/clinic-contact";
import { contentPages } from "@/lib/content/readable-pages";
import { sectionTexts } from "@/lib/content/rich-text";
import { faq } from "@/lib/content/faq";
import { blockTexts } from "@/lib/content/rich-text";
import { treatmentSections } from "@/lib/content/treatment-sections";
import { treatments } from "@/lib/content/treatments";

const ROOT = join(__dirname, "..", "..");
/** Where patient-facing words live: pages, components, copy and the emails. */
const SOURCE_DIRS = ["app", "components", "lib/content", "lib/mail"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  file: relative(ROOT, path),
  source: readFileSync(path, "utf8"),
}));

/** Every crisis number in CRISIS (988, 741741, 911, 838255), as a word of its own. */
const NUMBERS = [...new Set([CRISIS.lifeline.number, CRISIS.veterans.number, CRISIS.veterans.text, CRISIS.textLine.number, CRISIS.emergency])];
// Not part of a longer word: "[^988-lifeline]" (a reference id) and "988lifeline.org" (an address) are not numbers.
const typedNumber = (text: string) => text.match(new RegExp(`(?<![\\w.-])(${NUMBERS.join("|")})(?![\\w-])`, "g")) ?? [];

describe("crisis numbers", () => {
  it("are all in CRISIS, including the Veterans Crisis Line (988, then 1)", () => {
    expect(NUMBERS.sort()).toEqual(["741741", "838255", "911", "988"]);
    expect(CRISIS.veterans).toMatchObject({ number: CRISIS.lifeline.number, press: "1" });
  });

  it("are never typed by hand in app/, components/, lib/content or lib/mail: they come from CRISIS", () => {
    expect(files.length).toBeGreaterThan(20);
    const typed = files.flatMap(({ file, source }) =>
      source.split("\n").flatMap((line, i) => typedNumber(line).map((n) => `${file}:${i + 1}: ${n} in ${line.trim().slice(0, 100)}`)),
    );
    expect(typed).toEqual([]);
  });

  it("the check itself catches a typed number and lets interpolations, ids and addresses through", () => {
    expect(typedNumber("call or text 988, or call 911 in an emergency")).toEqual(["988", "911"]);
    expect(typedNumber("text HOME to 741741, veterans text 838255")).toEqual(["741741", "838255"]);
    expect(typedNumber("call ${CRISIS.lifeline.number}[^988-lifeline] or chat at https://988lifeline.org/chat")).toEqual([]);
  });

  it("every component that shows the lifeline also shows the Veterans Crisis Line", () => {
    const withoutVeterans = files
      .filter(({ file }) => /^(app|components)\//.test(file))
      .filter(({ source }) => source.includes("CRISIS.lifeline") && !/CRISIS\.veterans|<VeteransLine /.test(source))
      .map(({ file }) => file);
    expect(withoutVeterans).toEqual([]);
  });

  it("every copy text that lists the crisis lines (the text line too) also gives the Veterans Crisis Line", () => {
    const texts = [
      ...contentPages.flatMap((p) => [...p.lead, ...sectionTexts(p.sections)]),
      ...treatments.flatMap((t) => [...t.lead, ...treatmentSections(t).flatMap((s) => s.blocks.flatMap(blockTexts))]),
      ...faq.flatMap((g) => g.entries.flatMap((e) => e.answer.flatMap(blockTexts))),
    ];
    const listings = texts.filter((text) => text.includes(CRISIS.textLine.number));
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.filter((text) => !text.includes(CRISIS.veterans.label))).toEqual([]);
  });
});
