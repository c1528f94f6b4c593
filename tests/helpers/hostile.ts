/**
 * fast-check arbitraries for hostile form posts, shared by the jest fuzz tests
 * (tests/integration/fuzz-actions.test.ts) and the HTTP ones (tests/e2e/fuzz-http.spec.ts).
 *
 * A post is a list of entries, as FormData holds them. Each field usually carries a valid
 * answer (itself often hostile but acceptable: markup, SQL, quotes and any script in a note);
 * a few fields, or all of them, are attacked instead: a hostile string, nothing, the field
 * twice, a file where text belongs (or text where a file belongs), a file of the wrong kind.
 * Extra fields ride along. Valid answers carry random letters, so finding one in an email, a
 * log line or a page is a leak, not a coincidence. Plain node only, nothing server-only.
 */
import fc from "fast-check";
import { clinic } from "@/lib/clinic";
import { renderEmail, type TemplateId } from "@/lib/mail/templates";
import { CARD_FILE_MAX_BYTES } from "@/lib/uploads/limits";
import { CONTACT_METHODS, PATIENT_STATUSES, type AppointmentField } from "@/lib/validation/appointment";
import { cleanText } from "@/lib/validation/clean-text";
import { CARRIERS, COVERAGE_TYPES, PLAN_TYPES, RELATIONSHIPS, YES_NO, type InsuranceField } from "@/lib/validation/insurance";
import { HEIC, JPEG, PDF, PNG, asFile, paddedTo } from "./card-files";

export type Entry = readonly [name: string, value: string | File];
export type Post = Entry[];
type Answer = string | string[] | File | undefined;

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

// ---------------------------------------------------------------- hostile strings

/**
 * Characters nobody types into a form, used to hide or disguise text: C0 and C1 controls (NUL,
 * BEL, ESC, DEL, NEL, CSI), bidirectional marks, embeddings, overrides and isolates (the
 * "Trojan Source" trick), zero-width and other invisible format characters (soft hyphen, word
 * joiner, byte-order mark, Mongolian vowel separator, interlinear annotation, the tag
 * characters that smuggle ASCII), line and paragraph separators, the Hangul fillers that
 * render as blank letters, and a lone surrogate (no UTF-8 can carry it; a JavaScript string can).
 */
export const DISGUISING_CHARACTERS = [
  "\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009B",
  "\u00AD", "\u061C", "\u180E", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
  "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069",
  "\uFEFF", "\uFFF9", "\uFFFB", "\u{E0001}", "\u{E0041}", "\u{E007F}",
  "\u2028", "\u2029", "\u115F", "\u1160", "\u3164", "\uFFA0", "\uD800",
];

/** What a zero-width joiner or non-joiner may sit between in spelling: letters, marks, emoji. */
const SPELLING = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * What no stored text may contain, whatever a schema says: control characters other than tab
 * (and line feed where lines are allowed), bidirectional controls and every other format or
 * default-ignorable character (zero-width space, soft hyphen, tags, Hangul fillers…),
 * surrogates, line and paragraph separators; except the few that spelling and emoji need,
 * where they are needed: a zero-width joiner or non-joiner with a letter, mark or emoji on
 * each side (or after a mark, a virama, at a word's end) and not between two Latin letters,
 * a variation selector right after a visible character, Mongolian selectors after Mongolian,
 * tag characters inside a black flag's tag sequence. Independent of lib/validation, which it checks.
 */
export function disguised(text: string, { lines = false } = {}): boolean {
  const chars = [...text.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, "\u{1F3F4}")];
  const allowed = lines ? /[\t\n]/u : /\t/u;
  return chars.some((c, i) => {
    const before = chars[i - 1] ?? "";
    const after = chars[i + 1] ?? "";
    if (c === "\u200C" || c === "\u200D") {
      const joins = SPELLING.test(before) && (SPELLING.test(after) || /\p{M}/u.test(before));
      return !joins || (LATIN.test(before) && LATIN.test(after));
    }
    if (/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(c)) return !/[\p{L}\p{N}\p{P}\p{S}]/u.test(before);
    if (/[\u180B-\u180F]/u.test(c)) return !/\p{Script=Mongolian}/u.test(before);
    return !allowed.test(c) && /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{DI}]/u.test(c);
  });
}

/** Invisible characters that word processors, PDFs and phones paste into what people type: cleaned away, not refused. */
const PASTED_INVISIBLE = ["\u00AD", "\u200B", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202C", "\u202E", "\u2066", "\u2069", "\u061C"];

/** `text` with a few pasted invisible characters put in at code point boundaries. */
const withPastedInvisible = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PASTED_INVISIBLE)), { minLength: 1, maxLength: 3 })).map(([value, junk]) => {
    const chars = [...value];
    for (const [at, c] of junk) chars.splice(at % (chars.length + 1), 0, c);
    return chars.join("");
  });

const MARKUP = [
  "<script>alert(document.cookie)</script>",
  '"><img src=x onerror=alert(1)>',
  "</textarea><script>alert(1)</script>",
  "javascript:alert(1)",
  "<svg/onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}#{7*7}",
  "<!--#exec cmd=\"ls\"-->",
  "]]><x>&amp;&lt;&#0;",
  "=HYPERLINK(\"http://evil.example\",\"x\")",
];

const SQLISH = [
  "' OR '1'='1",
  "Robert'); DROP TABLE \"AppointmentRequest\";--",
  "1; SELECT pg_sleep(10)--",
  "' UNION SELECT * FROM \"StaffUser\"--",
  "\\'; --",
  "%' AND 1=1 --",
  "admin'/*",
  "\" OR \"\"=\"",
];

/** Words any program's output may hold: too common to mean anything when found in a log (see distinctiveValues). */
const RUNTIME_WORDS = ["null", "undefined", "NaN", "Infinity", "true", "false", "[object Object]", "__proto__", "constructor", "prototype", "toString"];

/** Values that mean something to a parser or a runtime, rather than to a person. */
const ODD = [
  ...RUNTIME_WORDS, "", " ", "\t", "\n", "\r\n", "-1", "0", "1e309", "on", "off", "$ACTION_ID_x", "$$", "$@1",
  "%00", "%s%s%s%n", "../../../etc/passwd", "\\\\server\\share", "file:///etc/passwd", "😀", "👩🏽‍⚕️", "Z̴̡̛͔a̷͎̐l̸̰̈g̷̣̈́o̶͚͝",
  "ｓｃｒｉｐｔ", "раураl", "ﬁle", "Ⅷ", "٣٤٥", "𝟘𝟙𝟚",
];

/** Characters whose compatibility form (NFKC) is longer: a limit checked before normalising can be passed. */
const EXPANDING = ["ⅷ", "Ⅷ", "ⅲ", "㍱", "㏿", "⑳", "ﬃ", "１"];

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / Math.max(unit.length, 1))).slice(0, length);

/** Lengths just under, at and over the limits of the forms' fields, and far beyond them. */
const LENGTHS = [10, 11, 30, 31, 40, 41, 60, 61, 80, 81, 120, 121, 254, 255, 1000, 1001, 5000, 100_000];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  // Disguising characters mixed into text.
  fc
    .array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(...DISGUISING_CHARACTERS)), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("")),
  fc.constantFrom(...MARKUP, ...SQLISH, ...ODD),
  fc.tuple(fc.constantFrom(...MARKUP, ...SQLISH), fc.constantFrom(...DISGUISING_CHARACTERS)).map(([s, c]) => `${c}${s}`),
  // Very long, around every limit.
  fc.tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }), fc.constantFrom(...LENGTHS)).map(([unit, n]) => repeatTo(unit, n)),
  fc.tuple(fc.constantFrom(...EXPANDING), fc.constantFrom(10, 20, 30, 40)).map(([unit, n]) => unit.repeat(n)),
  // Anything at all: every code point, graphemes of any script.
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

// ---------------------------------------------------------------- valid answers

const LOWER = "abcdefghijklmnopqrstuvwxyz".split("");

/** Random letters that make a value unique (7 letters: about 8 billion of them). */
const tag = fc.string({ unit: fc.constantFrom(...LOWER), minLength: 7, maxLength: 7 });

/** How people write names: any script, accents (composed or not), apostrophes, hyphens, periods. */
const NAME_STEMS = [
  "Ana", "O'Brien", "D’Angelo", "Nguyễn", "Zoe\u0308", "St. John", "Mary-Jane", "Łukasz", "Ōta", "محمد", "رحیم\u200Cزاده", "יעל", "בן־גוריון",
  "Дмитрий", "क्षत्रिय", "张", "김민준", "Ng", "𝐀𝐧𝐧𝐚",
];
const padding = fc.constantFrom("", "", " ", "  ", "\t");

const typedName = fc
  .tuple(padding, fc.constantFrom(...NAME_STEMS), tag, padding)
  .map(([before, stem, t, after]) => `${before}${stem}${t}${after}`);
/** A name as typed, or as pasted with invisible characters in it (stored without them). */
const personName = fc.oneof({ weight: 3, arbitrary: typedName }, { weight: 1, arbitrary: withPastedInvisible(typedName) });

/** YYYY-MM-DD, between `minYears` and 110 years ago (a couple of days clear of the minimum age). */
const birthDate = (minYears: number) =>
  fc.integer({ min: minYears * 366 + 2, max: 110 * 365 }).map((days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10));

/** Oregon-looking numbers in the ways people type them; 555-0150..0199, clear of the clinic's own. */
const phone = fc
  .tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 150, max: 199 }), fc.constantFrom("(a) b-c", "a-b-c", "a.b.c", "+1 a b c", "1abc", "abc"))
  .map(([area, line, format]) => format.replace("a", String(area)).replace("b", "555").replace("c", `0${line}`));

const emailAddress = fc
  .tuple(tag, tag, fc.boolean())
  .map(([local, domain, shout]) => (shout ? `${local.toUpperCase()}.X@${domain}.Example.TEST` : `${local}@${domain}.example.test`));

/** Text a person may well send: markup, SQL, quotes, emoji and other scripts are all fine in a note. */
const acceptableHostile = fc.constantFrom(
  ...MARKUP,
  ...SQLISH,
  "It's \"fine\" & <fine>",
  "😀 ça va, 谢谢, شكرا",
  "Family: 👨\u200D👩\u200D👧, from 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}, می\u200Cخواهم",
);

const writtenNote = fc.tuple(acceptableHostile, tag, fc.constantFrom(" ", "\n", "\r\n", "\n\n")).map(([text, t, br]) => `${text}${br}marker ${t}`);
const note = fc.oneof(
  fc.constantFrom("", "   "),
  writtenNote,
  withPastedInvisible(writtenNote),
  fc.tuple(tag, fc.integer({ min: 900, max: 1000 })).map(([t, n]) => repeatTo(`${t} `, n)),
);

const choice = (items: readonly { id: string }[]) => fc.constantFrom(...ids(items));
const someOf = (values: readonly string[]) => fc.subarray([...values], { minLength: 1 });
const on = fc.constantFrom("on", "true");

export const appointmentAnswers: { [F in AppointmentField]: fc.Arbitrary<Answer> } = {
  firstName: personName,
  lastName: personName,
  dateOfBirth: birthDate(18),
  phone,
  email: emailAddress,
  preferredContact: choice(CONTACT_METHODS),
  availableDays: someOf(clinic.contactDays),
  availableTimes: someOf(ids(clinic.contactWindows)),
  treatment: choice(clinic.treatments),
  patientStatus: choice(PATIENT_STATUSES),
  referringClinician: fc.oneof(fc.constant(""), tag.map((t) => `Dr. ${t}`), fc.tuple(acceptableHostile, tag).map(([s, t]) => `${s} ${t}`.slice(-120))),
  note,
  consentToContact: on,
  acknowledgeNotEmergency: on,
};

/** Member IDs and group numbers as printed on cards, sometimes typed with full-width characters or dashes. */
const memberNumber = fc
  .tuple(fc.string({ unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".split("")), minLength: 6, maxLength: 14 }), fc.constantFrom("", "-", " ", "–"), tag)
  .map(([code, dash, t]) => `${code}${dash}${t.toUpperCase()}`.slice(0, 40));
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A real card photo or scan, named as what it is (or without an extension), whatever type the browser claims. */
const cardPhoto = fc
  .tuple(
    fc.constantFrom(
      { bytes: JPEG, extension: ".jpg" },
      { bytes: PNG, extension: ".PNG" },
      { bytes: PDF, extension: ".pdf" },
      { bytes: HEIC, extension: ".HEIC" },
      { bytes: JPEG, extension: "" },
    ),
    tag,
    fc.constantFrom("", "image/jpeg", "application/octet-stream", "text/html"),
  )
  .map(([{ bytes, extension }, t, type]) => asFile(bytes, `card-${t}${extension}`, type));

const answerOrNothing = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), arbitrary);

const coverageAnswers = {
  carrier: fc.constantFrom(...ids(CARRIERS)),
  carrierOther: fc.tuple(fc.constantFrom(...NAME_STEMS), tag).map(([stem, t]) => `${stem} Mutual ${t}`),
  planType: choice(PLAN_TYPES),
  memberId: fc.oneof(memberNumber, memberNumber.map(fullWidth)),
  groupNumber: fc.oneof(fc.constant(""), memberNumber),
  relationship: choice(RELATIONSHIPS),
  policyholderName: fc.tuple(personName, personName).map(([first, last]) => `${first.trim()} ${last.trim()}`),
  policyholderDateOfBirth: birthDate(0),
  cardFront: answerOrNothing(cardPhoto),
  cardBack: answerOrNothing(cardPhoto),
};
const secondary = <T extends Record<string, unknown>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [`secondary${k[0]!.toUpperCase()}${k.slice(1)}`, v]));

export const insuranceAnswers = {
  firstName: personName,
  lastName: personName,
  dateOfBirth: birthDate(18),
  phone,
  email: emailAddress,
  treatment: choice(clinic.treatments),
  coverageType: choice(COVERAGE_TYPES),
  ...coverageAnswers,
  hasSecondary: choice(YES_NO),
  ...secondary(coverageAnswers),
  consentToVerify: on,
} as { [F in InsuranceField]: fc.Arbitrary<Answer> };

// ---------------------------------------------------------------- attacks

/** Bytes that are not a card image, and names that lie about what a file is. */
const NOT_A_CARD = [
  { bytes: PDF, name: "card.jpg" },
  { bytes: PNG, name: "card.pdf" },
  { bytes: JPEG, name: "card.png" },
  { bytes: Buffer.from("<html><script>alert(1)</script></html>"), name: "card.jpg" },
  { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), name: "card.svg" },
  { bytes: Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), name: "card.exe" },
  { bytes: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), name: "card.gif" },
  { bytes: Buffer.from("PK\x03\x04\x14\x00\x00\x00"), name: "card.zip" },
  { bytes: JPEG.subarray(0, 3), name: "truncated.jpg" },
  { bytes: Buffer.alloc(0), name: "empty.jpg" },
  { bytes: Buffer.from("Member ID: XQM123"), name: "notes.txt" },
];
const HOSTILE_FILE_NAMES = ["../../../etc/passwd.jpg", "<script>alert(1)</script>.png", "card\u202Egpj.exe", "C:\\fakepath\\card.jpg", "x".repeat(300) + ".pdf", ""];

/** A file a card field should refuse: the wrong kind, empty, or larger than the limit. */
export const wrongUpload: fc.Arbitrary<File> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...NOT_A_CARD), fc.constantFrom("", "image/jpeg")).map(([f, type]) => asFile(f.bytes, f.name, type)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(JPEG, PNG), fc.constantFrom(...HOSTILE_FILE_NAMES)).map(([bytes, name]) => asFile(bytes, name, "image/png")) },
  { weight: 1, arbitrary: fc.constant(null).map(() => asFile(paddedTo(JPEG, CARD_FILE_MAX_BYTES + 1), "huge.jpg", "image/jpeg")) },
);

/** What a text field should never receive from a browser: a file. */
const strayFile: fc.Arbitrary<File> = fc.oneof(cardPhoto, wrongUpload);

export type FieldKind = "text" | "list" | "file";

/** One attacked field: what is sent in its place. */
function attack(name: string, kind: FieldKind, valid: fc.Arbitrary<Answer>): fc.Arbitrary<Entry[]> {
  const one = (v: Answer): Entry[] => entriesOf(name, v);
  return fc.oneof(
    { weight: 6, arbitrary: (kind === "file" ? fc.oneof(wrongUpload, hostileString) : hostileString).map(one) },
    { weight: 1, arbitrary: fc.constant<Entry[]>([]) }, // left out
    { weight: 1, arbitrary: fc.tuple(fc.oneof(valid, hostileString), fc.oneof(valid, hostileString)).map(([a, b]) => [...one(a), ...one(b)]) }, // twice
    { weight: 1, arbitrary: (kind === "file" ? hostileString : strayFile).map(one) }, // the wrong type
  );
}

function entriesOf(name: string, answer: Answer): Entry[] {
  if (answer === undefined) return [];
  return (Array.isArray(answer) ? answer : [answer]).map((v) => [name, v] as const);
}

const EXTRA_NAMES = ["status", "reference", "id", "__proto__", "constructor", "consentToContactAt", "coverages", "cards", "$ACTION_ID_0", "0", ""];
const extraField: fc.Arbitrary<Entry> = fc
  .tuple(fc.oneof(fc.constantFrom(...EXTRA_NAMES), fc.string({ maxLength: 20 })), fc.oneof(hostileString, strayFile))
  .map(([name, value]) => [name, value] as const);

/**
 * A whole post: valid answers; then none, a few or all of the fields attacked; a honeypot that
 * is almost always empty; a one-time key that is almost always a UUID; up to three extra fields.
 */
export function hostilePost<F extends string>(answers: { [K in F]: fc.Arbitrary<Answer> }, kinds: Partial<Record<F, FieldKind>> = {}): fc.Arbitrary<Post> {
  const names = Object.keys(answers) as F[];
  const kindOf = (name: F): FieldKind => kinds[name] ?? "text";
  return fc
    .record({
      answers: fc.record(answers as Record<F, fc.Arbitrary<Answer>>),
      attacked: fc.oneof(
        { weight: 3, arbitrary: fc.constant([] as F[]) },
        { weight: 4, arbitrary: fc.subarray(names, { minLength: 1, maxLength: 3 }) },
        { weight: 1, arbitrary: fc.subarray(names) },
      ),
      honeypot: fc.oneof({ weight: 30, arbitrary: fc.constant<Answer>("") }, { weight: 1, arbitrary: fc.oneof(hostileString, strayFile, fc.constant(undefined)) }),
      key: fc.oneof({ weight: 15, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileString }),
      extras: fc.array(extraField, { maxLength: 3 }),
    })
    .chain(({ answers: valid, attacked, honeypot, key, extras }) =>
      fc.tuple(...attacked.map((name) => attack(name, kindOf(name), answers[name]))).map((attacks) => {
        const replaced = new Map(attacked.map((name, i) => [name, attacks[i]!]));
        return readable([
          ...entriesOf("website", honeypot),
          ...entriesOf("idempotencyKey", key),
          ...names.flatMap((name) => replaced.get(name) ?? entriesOf(name, (valid as Record<F, Answer>)[name])),
          ...extras,
        ]);
      }),
    );
}

/** A post that prints short when fast-check reports it: long values cut, files as their name, type and size. */
function readable(post: Post): Post {
  const short = (s: string) => (s.length > 80 ? `${s.slice(0, 60)}…(${s.length} characters)` : s);
  const shown = () =>
    JSON.stringify(post.map(([name, value]) => [short(name), typeof value === "string" ? short(value) : `File(${short(value.name)}, ${value.type || "no type"}, ${value.size} bytes)`]));
  return Object.defineProperty(post, fc.toStringMethod, { value: shown });
}

export const appointmentPost = () => hostilePost<AppointmentField>(appointmentAnswers, { availableDays: "list", availableTimes: "list" });
export const insurancePost = () =>
  hostilePost<InsuranceField>(insuranceAnswers, {
    cardFront: "file",
    cardBack: "file",
    secondaryCardFront: "file",
    secondaryCardBack: "file",
  });

export function toFormData(post: Post): FormData {
  const data = new FormData();
  for (const [name, value] of post) data.append(name, value);
  return data;
}

// ---------------------------------------------------------------- finding values

/**
 * The submitted values worth looking for in an email, a log line, a message or a page: each
 * text value and file name, also as the app cleans it (lib/validation/clean-text.ts: invisible
 * characters out, NFC or NFKC, trimmed) and in lower case, kept
 * only when it is at least `minLength` characters long — shorter ones such as "on", "1" or
 * "name" turn up in ordinary text by chance — is not one of the RUNTIME_WORDS, and does not
 * occur in `vocabulary`, the text the output carries whatever was typed (its template, the
 * form's choices, the log's event names): a value found there proves nothing.
 */
export function distinctiveValues(post: Post, vocabulary: string, minLength = 4): string[] {
  const found = new Set<string>();
  for (const [, value] of post) {
    const text = typeof value === "string" ? value : value.name;
    const cleaned = [cleanText(text), cleanText(text, { compatibility: true }), cleanText(text, { lines: true })];
    for (const form of [text, text.trim(), text.normalize("NFC").trim(), ...cleaned, ...cleaned.map((c) => c.toLowerCase())]) {
      if (form.length >= minLength && !RUNTIME_WORDS.includes(form) && !vocabulary.includes(form)) found.add(form);
    }
  }
  return [...found];
}

const TEMPLATES: TemplateId[] = ["appointment-staff", "appointment-patient", "insurance-staff", "insurance-patient"];

/** Every email template's name, subject and text: what an email says whatever was submitted. */
export const emailTemplateText = (siteUrl: string) =>
  TEMPLATES.flatMap((template) => {
    const email = renderEmail(template, { reference: "", siteUrl })!;
    return [template, email.subject, email.text];
  }).join("\n");

/** Identifiers the app generates (request references, UUIDs): random, never typed, so left out of what is searched. */
const IDENTIFIERS = /\b(?:APT|INS)-[0-9A-Z]{4}-[0-9A-Z]{4}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
export const withoutIdentifiers = (text: string) => text.replace(IDENTIFIERS, " ");

/** The values of `values` that occur in `text`. */
export const valuesIn = (text: string, values: Iterable<string>) => [...values].filter((v) => text.includes(v));
