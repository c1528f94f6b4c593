/**
 * Field rules shared by every form. They run in the browser (react-hook-form) and on the
 * server (the action), so they take the raw shapes both produce: strings, "on" or booleans
 * for checkboxes, a string or an array for checkbox groups.
 */
import "./zod-config";
import { z } from "zod";

// Control characters other than tab and line breaks; format characters (bidirectional marks,
// overrides and isolates, zero-width characters, soft hyphens, the tag characters that can
// smuggle hidden ASCII); lone surrogates; and the Hangul fillers, letters that render as
// nothing. Used to disguise text, never needed in a form.
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;
/** Line breaks, including the Unicode line and paragraph separators. */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

const clean = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : v);

/** An optional field that was left out of the submission is the same as one left empty. */
const orEmpty = (v: unknown) => (v === undefined || v === null ? "" : v);

/** A single-line text field. Empty strings count as missing when it is required. */
export function text(label: string, { max, required = true }: { max: number; required?: boolean }) {
  const base = z
    .string({ error: `Enter ${label}.` })
    .max(max, `${capitalize(label)} must be ${max} characters or fewer.`)
    .refine((v) => !INVISIBLE.test(v), `${capitalize(label)} contains hidden or control characters. Please retype it.`)
    .refine((v) => !LINE_BREAK.test(v), `${capitalize(label)} must be on one line.`);
  return required
    ? z.preprocess(clean, base.min(1, `Enter ${label}.`))
    : z.preprocess((v) => clean(orEmpty(v)), base);
}

/** Free text that may span lines; optional. */
export function longText(label: string, max: number) {
  return z.preprocess(
    (v) => {
      const value = orEmpty(v);
      return typeof value === "string" ? value.normalize("NFC").replace(/\r\n?|[\u2028\u2029]/g, "\n").trim() : value;
    },
    z
      .string({ error: `${capitalize(label)} must be text.` })
      .max(max, `${capitalize(label)} must be ${max} characters or fewer (it is longer now).`)
      .refine((v) => !INVISIBLE.test(v), `${capitalize(label)} contains hidden or control characters. Please retype it.`),
  );
}

/** Letters of any script, with the spaces, apostrophes, hyphens and periods names use. */
export function personName(label: string) {
  return text(label, { max: 60 }).pipe(
    z
      .string()
      .regex(/^\p{L}[\p{L}\p{M} .'’-]*$/u, `${capitalize(label)} can use letters, spaces, apostrophes, hyphens and periods.`),
  );
}

export const phone = text("a phone number", { max: 30 }).pipe(
  z
    .string()
    .transform((v) => v.replace(/[\s().\-+]/g, ""))
    .refine((digits) => /^1?\d{10}$/.test(digits), "Enter a 10-digit US phone number, like 541-555-0100.")
    .transform((digits) => {
      const d = digits.slice(-10);
      return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
    }),
);

export const email = text("an email address", { max: 254 }).pipe(
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
