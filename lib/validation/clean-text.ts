/**
 * Cleaning of typed and pasted text, before the field rules check it. Shared by the browser
 * (react-hook-form) and the server action through the schemas, so both see the same value,
 * and the cleaned value is the one stored. Plain regular expressions, no library: it ships
 * in the form pages' bundle. Decision record: docs/decisions/0011-text-cleaning.md.
 *
 * Removed, because a person cannot see them and so cannot retype them (word processors,
 * PDFs and phone keyboards paste them): control characters other than tab and line breaks;
 * the invisible format characters (soft hyphen, zero-width space, word joiner, byte-order
 * mark, the bidirectional marks, embeddings, overrides and isolates, the interlinear
 * annotation characters); every other default-ignorable character (Hangul fillers, the
 * combining grapheme joiner, unassigned ignorables); tag characters outside an emoji flag;
 * lone surrogates. Kept where they carry meaning, removed elsewhere:
 * - zero-width non-joiner and joiner (U+200C, U+200D) between two letters of a script that
 *   joins or forms conjuncts (Arabic, Persian, Urdu, Syriac, the Indic scripts…), directly
 *   after an Indic virama, and (the joiner) between two emoji (👨‍👩‍👧);
 * - variation selectors directly after an emoji, a symbol or a Han ideograph;
 * - Mongolian free variation selectors after a Mongolian letter, and the Mongolian vowel
 *   separator between two;
 * - tag characters in a well-formed emoji flag tag sequence (🏴 + subdivision + cancel tag).
 * Line and paragraph separators and NEL become line feeds in text on several lines and
 * spaces in a one-line field, where tabs and other spaces (no-break, ideographic) become one
 * space too.
 */

/** Scripts whose letters join or form conjuncts, where ZWNJ and ZWJ change how a word is written. */
const JOINING = new RegExp(
  `^(?=[\\p{L}\\p{M}])[${[
    // Joining scripts.
    "Arab", "Syrc", "Nkoo", "Mand", "Mani", "Phlp", "Rohg", "Sogd", "Chrs", "Ougr", "Adlm", "Mong", "Phag",
    // Brahmic scripts: conjuncts, half forms, explicit viramas.
    "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Mymr", "Khmr", "Tibt",
    "Bali", "Java", "Sund", "Lana", "Tirh", "Shrd", "Gran", "Newa", "Cakm", "Lepc", "Limb", "Modi", "Takr",
    "Kthi", "Sylo", "Brah", "Khoj", "Sind", "Mahj",
  ]
    .map((script) => `\\p{scx=${script}}`)
    .join("")}]$`,
  "u",
);
/** The viramas of the main Indic scripts: ZWJ or ZWNJ after one asks for a half form or a visible virama, even at a word's end. */
const VIRAMA = /^[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA\u1039\u17D2]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** What may sit between a pictograph and the ZWJ that joins it to the next: an emoji presentation selector, a skin tone. */
const EMOJI_TRAILER = /^[\uFE0F\p{Emoji_Modifier}]$/u;
/** What a variation selector may follow. */
const VARIABLE = /^[\p{Emoji}\p{S}\p{scx=Hani}]$/u;
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const MONGOLIAN_LETTER = /^(?=\p{L})\p{scx=Mong}$/u;

/**
 * Everything removed outright, and (first alternative, kept) a well-formed emoji flag tag
 * sequence: a black flag, a subdivision code in tag letters and digits, a cancel tag.
 * Tab, line feed and carriage return stay (the field rules decide about lines); so do the
 * characters kept in context, decided by `keepInContext`.
 */
const REMOVED =
  /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{3,7}\u{E007F})|(?![\t\n\r\u200C\u200D\u180B-\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Cc}\p{Cf}\p{Cs}\p{DI}]/gu;
const IN_CONTEXT = /[\u200C\u200D\u180B-\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** Line breaks other than line feed: the line and paragraph separators and NEL. */
const OTHER_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/** Whether `char` (one of IN_CONTEXT) is kept, given what was kept before it and the character after it. */
function keepInContext(char: string, kept: string[], next: string | undefined): boolean {
  const prev = kept.at(-1);
  if (prev === undefined) return false;
  if (char === "\u200C" || char === "\u200D") {
    if (VIRAMA.test(prev)) return true;
    if (next !== undefined && JOINING.test(prev) && JOINING.test(next)) return true;
    if (char === "\u200D" && next !== undefined && PICTOGRAPH.test(next)) {
      let i = kept.length - 1;
      while (i > 0 && EMOJI_TRAILER.test(kept[i]!)) i--;
      return PICTOGRAPH.test(kept[i]!);
    }
    return false;
  }
  if (VARIATION_SELECTOR.test(char)) return VARIABLE.test(prev);
  // Mongolian: the free variation selectors follow a letter; the vowel separator sits between two.
  if (char === "\u180E") return next !== undefined && MONGOLIAN_LETTER.test(prev) && MONGOLIAN_LETTER.test(next);
  return MONGOLIAN_LETTER.test(prev);
}

/** The text without the characters nobody can see, keeping those a script or an emoji needs. */
export function withoutInvisible(text: string): string {
  const chars = [...text.replace(REMOVED, (_, flag: string | undefined) => flag ?? "")];
  if (!chars.some((char) => IN_CONTEXT.test(char))) return chars.join("");
  // After each character, the next one that is not itself kept or removed in context: a
  // joiner is judged by the letters around it, whatever stray selectors sit in between.
  const after: (string | undefined)[] = [];
  for (let i = chars.length - 1, next: string | undefined; i >= 0; i--) {
    after[i] = next;
    if (!IN_CONTEXT.test(chars[i]!)) next = chars[i];
  }
  const kept: string[] = [];
  chars.forEach((char, i) => {
    if (!IN_CONTEXT.test(char) || keepInContext(char, kept, after[i])) kept.push(char);
  });
  return kept.join("");
}

export type CleanOptions = {
  /** Free text on several lines: line breaks become line feeds and tabs stay. Otherwise tabs and every kind of space become one space. */
  lines?: boolean;
  /**
   * Unicode compatibility normalisation (NFKC) instead of NFC: folds mathematical and
   * full-width letters, ligatures and presentation forms to plain letters. For names and
   * codes, not for notes (where "①" or "ﬁ" may be meant).
   */
  compatibility?: boolean;
};

/**
 * A field's value as stored: invisible characters removed (see above), normalised (NFC, or
 * NFKC), spaces tidied, trimmed. Line feeds and carriage returns in a one-line field stay,
 * for the field's rule to refuse. Idempotent: cleaning a cleaned value changes nothing.
 */
export function cleanText(value: string, { lines = false, compatibility = false }: CleanOptions = {}): string {
  const form = compatibility ? "NFKC" : "NFC";
  let text = lines ? value.replace(OTHER_BREAKS, "\n") : value.replace(/[\u0085\u2028\u2029]/g, " ");
  // Removing a character can bring two others together that normalise differently (a base
  // and its accent), and normalising can change what a joiner sits between: repeat until
  // neither changes anything: twice, unless the text was hostile. Each round that changes the
  // text shortens it, so this ends; the bound is a guard, not a limit ever reached.
  for (let previous = "", round = 0; text !== previous && round < 10; round++) {
    previous = text;
    text = withoutInvisible(text.normalize(form)).normalize(form);
  }
  if (!lines) text = text.replace(/[\t\p{Zs}]+/gu, " ");
  return text.trim();
}

/** The longest run of combining marks (accents, vowel signs) on one character. */
export function mostMarksOnOneLetter(text: string): number {
  let most = 0;
  for (const [run] of text.matchAll(/\p{M}+/gu)) most = Math.max(most, [...run].length);
  return most;
}

/**
 * The characters of `text` that `allowed` (a one-character pattern) refuses, each once, in
 * order, for a message that says what to remove. Characters that would not show in a
 * message (unassigned, private-use, marks on their own) are left out: `hidden` says whether
 * there were any.
 */
function refusedCharacters(text: string, allowed: RegExp): { shown: string[]; hidden: boolean } {
  const shown = new Set<string>();
  let hidden = false;
  for (const char of text) {
    if (allowed.test(char)) continue;
    if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) shown.add(char);
    else hidden = true;
  }
  return { shown: [...shown], hidden };
}

/**
 * What to remove, for a message that has just said what a field can use: “Remove “1” and
 * “@”.”, the refused characters quoted (at most three), “and the other characters” for the
 * rest, or only that when none can be shown.
 */
export function removeMessage(text: string, allowed: RegExp): string {
  const { shown, hidden } = refusedCharacters(text, allowed);
  const quoted = shown.slice(0, 3).map((c) => `“${c}”`);
  if (quoted.length === 0) return "Remove the other characters.";
  if (shown.length > 3 || hidden) return `Remove ${quoted.join(", ")} and the other characters.`;
  return `Remove ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`}.`;
}
