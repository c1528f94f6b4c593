/**
 * Field rules shared by every form. They run in the browser (react-hook-form) and on the
 * server (the action), so they take the raw shapes both produce: strings, "on" or booleans
 * for checkboxes, a string or an array for checkbox groups.
 */
import "./zod-config";
import { z } from "zod";
import { cleanText, mostMarksOnOneLetter, removeMessage } from "./clean-text";

/** Line breaks, including the Unicode line and paragraph separators. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Combining marks (accents, vowel signs, niqqud) on one letter: Vietnamese puts two on a
 * letter, Hindi, Thai and Tibetan up to three; more on a name is "Zalgo" text, whose marks
 * spill over the lines around it. Other text gets more room (pointed and cantillated Hebrew).
 */
export const NAME_MARKS_MAX = 3;
export const TEXT_MARKS_MAX = 5;

const tooManyMarks = (label: string, max: number) =>
  [
    (v: string) => mostMarksOnOneLetter(v) <= max,
    `${capitalize(label)} has a letter with more than ${max} accent marks. Remove the extra marks.`,
  ] as const;

/** An optional field that was left out of the submission is the same as one left empty. */
const orEmpty = (v: unknown) => (v === undefined || v === null ? "" : v);

/**
 * A single-line text field, cleaned (lib/validation/clean-text.ts): what is checked and stored
 * has no invisible characters. Empty strings count as missing when it is required.
 * `compatibility` folds full-width and other compatibility characters (NFKC); `marks` is the
 * most combining marks one letter may carry.
 */
export function text(
  label: string,
  { max, required = true, compatibility = false, marks = TEXT_MARKS_MAX }: { max: number; required?: boolean; compatibility?: boolean; marks?: number },
) {
  const clean = (v: unknown) => (typeof v === "string" ? cleanText(v, { compatibility }) : v);
  const base = z
    .string({ error: `Enter ${label}.` })
    .max(max, `${capitalize(label)} must be ${max} characters or fewer.`)
    .refine((v) => !LINE_BREAK.test(v), `${capitalize(label)} must be on one line.`)
    .refine(...tooManyMarks(label, marks));
  return required
    ? z.preprocess(clean, base.min(1, `Enter ${label}.`))
    : z.preprocess((v) => clean(orEmpty(v)), base);
}

/** Free text that may span lines, cleaned as `text` is; optional. */
export function longText(label: string, max: number) {
  return z.preprocess(
    (v) => {
      const value = orEmpty(v);
      return typeof value === "string" ? cleanText(value, { lines: true }) : value;
    },
    z
      .string({ error: `${capitalize(label)} must be text.` })
      .max(max, `${capitalize(label)} must be ${max} characters or fewer (it is longer now).`)
      .refine(...tooManyMarks(label, TEXT_MARKS_MAX)),
  );
}

/**
 * What separates the parts of a name: spaces, periods, apostrophes (straight, curly, the
 * Hawaiian ʻokina typed as an opening quote), hyphens (with the Unicode hyphens and the
 * Hebrew maqaf: בן־גוריון), middle dots (Catalan Gal·la, Japanese ジョン・スミス) and the
 * Tibetan tsheg between syllables (བསྟན་འཛིན).
 */
const NAME_SEPARATOR = " .'’‘\\-\u2010\u2011\u05BE\u00B7\u30FB\u0F0B";
/**
 * Marks and joiners: combining marks, and the joiners cleaning keeps only where a spelling
 * needs them (ZWNJ, ZWJ, the Mongolian vowel separator).
 */
const ON_LETTER = "\\p{M}\u200C\u200D\u180E";
/** One character a name may hold. */
const NAME_CHARACTER = new RegExp(`^[\\p{L}${ON_LETTER}${NAME_SEPARATOR}]$`, "u");
/** Marks and joiners follow letters; a name may begin with an apostrophe ('t Hooft, ’Abd). */
const NAME = new RegExp(`^['’‘]?\\p{L}[${ON_LETTER}]*(?:[${NAME_SEPARATOR}]*\\p{L}[${ON_LETTER}]*)*[${NAME_SEPARATOR}]*$`, "u");
const NAME_START = /^['’‘]?\p{L}/u;

/**
 * A person's name: letters of any script, with the spaces, apostrophes, hyphens and periods
 * names use. Compatibility characters are folded (NFKC: "𝐀𝐧𝐧𝐚" is "Anna", "ﬁ" is "fi"),
 * which leaves names in every script as they are. Words that mean something to software
 * ("Null", "True") are names like any other: real people have them, and nothing treats a
 * stored name as anything but text.
 */
export function personName(label: string, { max = 60, required = true }: { max?: number; required?: boolean } = {}) {
  const Label = capitalize(label);
  return text(label, { max, required, compatibility: true, marks: NAME_MARKS_MAX }).pipe(
    z.string().superRefine((v, ctx) => {
      if (v === "") return;
      const refuse = (message: string) => ctx.addIssue({ code: "custom", message });
      if (![...v].every((c) => NAME_CHARACTER.test(c))) {
        refuse(`${Label} can use letters, spaces, apostrophes, hyphens and periods. ${removeMessage(v, NAME_CHARACTER)}`);
      } else if (!NAME_START.test(v)) {
        refuse(`${Label} must begin with a letter.`);
      } else if (!NAME.test(v)) {
        refuse(`${Label} has an accent mark that is not on a letter. Remove it.`);
      }
    }),
  );
}

export const phone = text("a phone number", { max: 30, compatibility: true }).pipe(
  z
    .string()
    .transform((v) => v.replace(/[\s().\-+]/g, ""))
    .refine((digits) => /^1?\d{10}$/.test(digits), "Enter a 10-digit US phone number, like 541-555-0100.")
    .transform((digits) => {
      const d = digits.slice(-10);
      return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
    }),
);

export const email = text("an email address", { max: 254, compatibility: true }).pipe(
  z.email("Enter an email address like name@example.com.").transform((v) => v.toLowerCase()),
);

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function ageOn(birth: string, today: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function isRealDate(v: string): boolean {
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date of birth as YYYY-MM-DD (what `<input type="date">` sends). With `minimumAge`, the
 * person must be at least that old (the clinic treats adults only).
 */
export function dateOfBirth(timeZone: string, { label = "your date of birth", minimumAge = 0, forWhat = "" } = {}) {
  const Label = capitalize(label);
  return text(label, { max: 10 }).pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${label} as month, day and year.`)
      .refine(isRealDate, "Enter a real date of birth.")
      .superRefine((v, ctx) => {
        const age = ageOn(v, todayIn(timeZone));
        if (age < 0) ctx.addIssue({ code: "custom", message: `${Label} cannot be in the future.` });
        else if (age > 120) ctx.addIssue({ code: "custom", message: `Check the year of ${label}.` });
        else if (age < minimumAge)
          ctx.addIssue({
            code: "custom",
            message: `Our clinic treats adults only: you must be ${minimumAge} or older${forWhat ? ` ${forWhat}` : ""}.`,
          });
      }),
  );
}

export function adultDateOfBirth(timeZone: string, minimumAge = 18) {
  return dateOfBirth(timeZone, { minimumAge, forWhat: "to request an appointment" });
}

/** One choice from a fixed list (radio buttons or a select). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** Several choices from a fixed list (a checkbox group); at least one. */
export function choices<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : [...new Set(Array.isArray(v) ? v : [v])]),
    z.array(z.enum(values, { error: message })).min(1, message).max(values.length, message),
  );
}

/** A checkbox that must be ticked. */
export function mustAgree(message: string) {
  return z.preprocess((v) => v === true || v === "on" || v === "true", z.literal(true, { error: message }));
}

export function capitalize(s: string): string {
  const label = s.replace(/^(a|an|your|the) /, "");
  return label.charAt(0).toUpperCase() + label.slice(1);
}
