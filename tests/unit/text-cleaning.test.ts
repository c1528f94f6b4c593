/**
 * Cleaning of typed and pasted text (lib/validation/clean-text.ts) and the name rule built on
 * it (lib/validation/fields.ts), with properties (fast-check) over real names in several
 * scripts: accepted unchanged; invisible junk pasted into them is removed and gives the name
 * back; cleaning is idempotent and leaves nothing that hides or reorders text, whatever it is
 * given. Decision record: docs/decisions/0011-text-cleaning.md.
 */
import fc from "fast-check";
import { appointmentSchema } from "@/lib/validation/appointment";
import { cleanText, mostMarksOnOneLetter, withoutInvisible } from "@/lib/validation/clean-text";
import { disguised } from "@/tests/helpers/hostile";

const firstName = appointmentSchema.shape.firstName;
/** The name as stored, or the message refusing it. */
function parseName(name: string): { stored: string } | { refused: string } {
  const result = firstName.safeParse(name);
  return result.success ? { stored: result.data } : { refused: result.error.issues.map((i) => i.message).join(" ") };
}

const cp = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");

// ---------------------------------------------------------------- real names

/** Given names and family names as people write them, in NFC (as browsers send typed text). */
const REAL_NAMES = {
  "Latin with diacritics": [
    "José", "Zoë", "Åsa", "Søren", "Łukasz", "Małgorzata", "François", "Nuño", "Bjørn", "Jürgen", "Ștefan", "Çağla",
    "Gülşen", "İlker", "Þórunn", "Đorđe", "Dvořák", "Nguyễn", "Trần", "Phạm", "Đặng Thị Ngọc", "Siobhán", "Ó Súilleabháin",
    "Jānis", "Aušra", "Šimon", "Žofia", "Ólafur", "Müller-Lüdenscheidt", "D’Angelo", "O'Brien", "St. John", "Kaʻiulani", "Gal·la",
    "'t Hooft", "Ngũgĩ", "Ọláṣẹ̀gún", "Nǃxau", "Hưng", "Ồn",
  ],
  Greek: ["Αλέξανδρος", "Ελένη", "Γιώργος", "Δημήτρης", "Σοφία", "Παπαδόπουλος", "Κωνσταντίνος", "Ευαγγελία", "Χριστίνα", "Ιωάννης", "Ζωή", "Οδυσσέας", "Ϊώ"],
  Cyrillic: ["Дмитрий", "Анна", "Сергей", "Наталья", "Иванов", "Ольга", "Шевченко", "Юлия", "Щербаков", "Ксения", "Євген", "Ґалаґан", "Ђорђе", "Љубица", "Јован", "Фёдор", "Пётр", "Әлия", "Ўткир"],
  Arabic: ["محمد", "فاطمة", "عبد الله", "أحمد", "خديجة", "يوسف", "عائشة", "إبراهيم", "الحسن", "مصطفى", "نور", "ليلى", "عمر", "زينب", "مُحَمَّد", "عبدالرحمن"],
  "Persian and Urdu": ["رحیم‌زاده", "مریم", "علی‌رضا", "محمدرضا", "پریسا", "شیرین", "کوروش", "فرهاد", "حسین‌زاده", "آرش", "ژاله", "گلناز", "مهدی‌پور", "بهروز", "عائشہ", "چوہدری", "نازیہ", "پرویز"],
  Hebrew: ["יעל", "דוד", "שרה", "אברהם", "יצחק", "רבקה", "משה", "לאה", "כהן", "לוי", "מרים", "נועה", "צבי", "בן־גוריון", "שַּׁבְּתַאי", "ז'אנה"],
  Devanagari: ["क्षत्रिय", "अमित", "प्रिया", "राहुल", "श्रीनिवास", "लक्ष्मी", "अर्जुन", "सुनीता", "कृष्ण", "द्विवेदी", "त्रिपाठी", "ज़ैनब", "गुप्ता", "शर्मा", "ऐश्वर्या", "सौरभ", "श्रीं"],
  CJK: ["张伟", "王芳", "李娜", "刘洋", "欧阳娜娜", "诸葛亮", "山田太郎", "佐藤", "鈴木", "髙橋", "山﨑", "渡邊", "佐々木", "さくら", "ジョージ", "ジョン・スミス", "陳", "黃", "林志玲"],
  Hangul: ["김민준", "이서연", "박지훈", "최수아", "정", "강", "조", "윤", "임하은", "홍길동", "남궁", "선우", "제갈", "황보", "뙇"],
} as const;

/** Scripts whose letters join (Arabic) or form conjuncts (Devanagari): a ZWNJ or ZWJ between two letters is spelling. */
const JOINING_SCRIPTS = new Set<keyof typeof REAL_NAMES>(["Arabic", "Persian and Urdu", "Devanagari"]);

/** Names of one script: one to three real names joined by spaces or hyphens, at most 60 characters. */
const nameIn = (script: keyof typeof REAL_NAMES) =>
  fc
    .tuple(fc.array(fc.constantFrom(...REAL_NAMES[script]), { minLength: 1, maxLength: 3 }), fc.constantFrom(" ", "-"))
    .map(([parts, separator]) => parts.join(separator))
    .filter((name) => name.length <= 60);

const between = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));
const word = (letter: fc.Arbitrary<string>, maxLength = 8) => fc.array(letter, { minLength: 1, maxLength }).map((l) => l.join(""));

/** Syllables and letters put together at random: names that could be, beyond the lists. */
const GENERATED: Record<string, fc.Arbitrary<string>> = {
  "Hangul syllables": word(between(0xac00, 0xd7a3), 4),
  "CJK ideographs": word(between(0x4e00, 0x9fff), 4),
  "Arabic letters": word(fc.oneof(between(0x0621, 0x063a), between(0x0641, 0x064a))),
  "Hebrew letters": word(between(0x05d0, 0x05ea)),
  "Greek letters": word(fc.oneof(between(0x03b1, 0x03c9), fc.constantFrom(..."άέήίόύώϊϋΐΰ"))),
  "Cyrillic letters": word(fc.oneof(between(0x0430, 0x044f), fc.constantFrom("ё", "є", "і", "ї", "ґ", "ў", "ә"))),
  "Latin letters with diacritics": word(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzáàâäãåāăąçćčďđéèêëēėęěğģíìîïīįıķĺļľłńņňñóòôöõøōőœŕřśşšșţťțúùûüūůűųýÿźżžßþðæạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")),
  // A consonant, perhaps with a nukta; perhaps a conjunct (virama, consonant); perhaps a vowel sign; perhaps a nasal sign.
  "Devanagari syllables": word(
    fc
      .tuple(between(0x0915, 0x0939), fc.constantFrom("", "\u093C"), fc.option(between(0x0915, 0x0939), { nil: undefined }), fc.option(between(0x093e, 0x094c), { nil: undefined }), fc.constantFrom("", "\u0902", "\u0901"))
      // In NFC, as typed: र with a nukta is ऱ.
      .map(([c, nukta, conjunct, vowel, nasal]) => `${c}${nukta}${conjunct ? `\u094D${conjunct}` : ""}${vowel ?? ""}${nasal}`.normalize("NFC")),
    4,
  ),
};

/** Characters nobody sees, as word processors, PDFs and phones paste them. None is needed by a name. */
const JUNK = [
  "\u00AD", "\u200B", "\u2060", "\u2061", "\u2064", "\uFEFF", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D",
  "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u206A", "\u{E0001}", "\u{E0020}", "\u{E0041}", "\u{E007F}", "\u0000", "\u0007",
  "\u001B", "\u007F", "\u009B", "\u115F", "\u1160", "\u3164", "\uFFA0", "\u034F", "\u180E", "\u17B4", "\uFFF9", "\uFFFB", "\uD800",
  "\u{1D173}", "\u{1BCA0}", "\u0600",
];
const JOINERS = ["\u200C", "\u200D"];

/** `name` with each of `insertions` put in at a code point boundary. */
function inserted(name: string, insertions: [number, string][]): string {
  const chars = [...name];
  for (const [at, junk] of insertions) chars.splice(at % (chars.length + 1), 0, junk);
  return chars.join("");
}
const insertions = (chars: readonly string[], maxLength = 8) => fc.array(fc.tuple(fc.nat(), fc.constantFrom(...chars)), { minLength: 1, maxLength });

describe("real names in every script", () => {
  it("are listed in NFC, as browsers send them", () => {
    for (const names of Object.values(REAL_NAMES)) for (const name of names) expect(cp(name.normalize("NFC"))).toBe(cp(name));
  });

  describe.each(Object.keys(REAL_NAMES) as (keyof typeof REAL_NAMES)[])("%s", (script) => {
    it("are accepted and stored unchanged", () => {
      fc.assert(fc.property(nameIn(script), (name) => expect(parseName(name)).toEqual({ stored: name })));
    });

    it("come back unchanged after invisible characters are pasted into them", () => {
      fc.assert(fc.property(nameIn(script), insertions(JUNK), (name, junk) => expect(parseName(inserted(name, junk))).toEqual({ stored: name })));
    });

    it("lose joiners pasted at their start, their end or next to a space or hyphen, and keep one where two were doubled", () => {
      const padded = fc.tuple(nameIn(script), fc.constantFrom(...JOINERS), fc.constantFrom(...JOINERS)).map(([name, a, b]) => ({
        name,
        pasted: `${a}${b}${name.replace(/[ -]/g, (s) => `${a}${s}${b}`).replace(/\u200C/g, "\u200C\u200C")}${b}`,
      }));
      fc.assert(fc.property(padded, ({ name, pasted }) => expect(parseName(pasted)).toEqual({ stored: name })));
    });

    if (!JOINING_SCRIPTS.has(script)) {
      it("lose joiners pasted anywhere (they change nothing in this script)", () => {
        fc.assert(fc.property(nameIn(script), insertions(JOINERS), (name, joiners) => expect(parseName(inserted(name, joiners))).toEqual({ stored: name })));
      });
    }
  });

  describe.each(Object.keys(GENERATED))("%s", (kind) => {
    it("are accepted and stored unchanged, with or without invisible characters pasted in", () => {
      fc.assert(
        fc.property(GENERATED[kind]!, insertions(JUNK), (name, junk) => {
          expect(parseName(name)).toEqual({ stored: name });
          expect(parseName(inserted(name, junk))).toEqual({ stored: name });
        }),
      );
    });
  });

  it("keep the zero-width non-joiner between two Arabic-script letters, once", () => {
    const letter = fc.oneof(between(0x0621, 0x063a), between(0x0641, 0x064a), fc.constantFrom("پ", "چ", "ژ", "گ", "ک", "ی"));
    const compound = fc.tuple(word(letter, 5), word(letter, 5)).map(([a, b]) => `${a}\u200C${b}`);
    fc.assert(
      fc.property(compound, (name) => {
        expect(parseName(name)).toEqual({ stored: name });
        expect(parseName(name.replace("\u200C", "\u200C\u200B\u200C"))).toEqual({ stored: name });
      }),
    );
  });

  it("are stored in NFC when typed decomposed, and look the same", () => {
    expect(parseName("Zoe\u0308 Nguye\u0302\u0303n")).toEqual({ stored: "Zoë Nguyễn" });
    expect(parseName("\u1100\u1161\u11A8")).toEqual({ stored: "각" });
  });
});

// ---------------------------------------------------------------- compatibility letters

describe("names with compatibility characters (NFKC)", () => {
  it.each([
    ["mathematical bold", "𝐀𝐧𝐧𝐚", "Anna"],
    ["mathematical script", "𝒜𝓃𝓃𝒶", "Anna"],
    ["mathematical double-struck", "𝔸𝕟𝕟𝕒", "Anna"],
    ["full-width Latin", "Ａｎｎａ", "Anna"],
    ["half-width katakana", "ｼﾞｮｰｼﾞ", "ジョージ"],
    ["Arabic presentation forms", "ﻣﺤﻤﺪ", "محمد"],
    ["a ligature", "Gri\uFB03n", "Griffin"],
    ["a Roman numeral", "John Smith Ⅲ", "John Smith III"],
  ])("folds %s to plain letters", (_, name, expected) => {
    expect(parseName(name)).toEqual({ stored: expected });
  });
});

// ---------------------------------------------------------------- what is refused

describe("what the name rule refuses, and says", () => {
  it("refuses a flood of combining marks on any letter, saying what to do", () => {
    const flood = fc.tuple(fc.constantFrom("Ana", "Zoë", "Анна", "محمد", "अमित"), fc.array(between(0x0334, 0x0338), { minLength: 4, maxLength: 30 }));
    fc.assert(
      fc.property(flood, ([name, marks]) =>
        expect(parseName(`${name}${marks.join("")}`)).toEqual({ refused: "First name has a letter with more than 3 accent marks. Remove the extra marks." }),
      ),
    );
  });

  it("refuses a name of invisible characters only as missing", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...JUNK, ...JOINERS, " "), { maxLength: 10 }), (junk) => expect(parseName(junk.join(""))).toEqual({ refused: "Enter your first name." })));
  });

  it("accepts only letters, marks on letters and the name separators, and what it stores cleans to itself", () => {
    const anything = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...JUNK, ...JOINERS, "a", "ب", "क", "्", "\u0301", " ", "-", "👩", "\uFE0F", "𝐀"), maxLength: 20 }),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const result = parseName(value);
        if (!("stored" in result)) return;
        expect(result.stored).toMatch(/^['’‘]?\p{L}[\p{L}\p{M}\u200C\u200D\u180E .'’‘\-\u2010\u2011\u05BE\u00B7\u30FB\u0F0B]*$/u);
        expect(parseName(result.stored)).toEqual(result);
        expect(mostMarksOnOneLetter(result.stored)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------- cleaning any text

/** Bidirectional controls: embeddings, overrides, isolates, marks. None may survive cleaning. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * What cleaning may leave, checked independently: no control character but tab and line feed
 * (and carriage return in a one-line field, for its rule to refuse), no lone surrogate, no
 * bidirectional control, and of the format and default-ignorable characters only the joiners,
 * variation selectors and Mongolian selectors, and tag characters inside a black flag's sequence.
 */
function leftovers(text: string, lines: boolean): string[] {
  const withoutFlags = text.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, "");
  return [...withoutFlags].filter(
    (c) =>
      BIDI.test(c) ||
      /\p{Cs}/u.test(c) ||
      (/\p{Cc}/u.test(c) && !(lines ? /[\t\n]/ : /[\r\n]/).test(c)) ||
      (/[\p{Cf}\p{DI}]/u.test(c) && !/[\u200C\u200D\u180B-\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(c)),
  );
}

describe("cleanText on any text", () => {
  const INTERESTING = [
    ...JUNK, ...JOINERS, "\t", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u00A0", "\u3000", "\uFE0F", "\uFE0E", "\u{E0100}", "\u{1F3F4}",
    "\u{E0067}", "\u{E0062}", "\u{E0073}", "\u{E0063}", "\u{E0074}", "\u{1F468}", "\u{1F3FD}", "\u2695", "\u0301", "\u094D", "\u0D4D",
    "a", "ب", "क", "ന", "漢", "ᠠ", "ᡳ", "\u180B", "\uDC00", "ﬃ", "Ⅷ", "㊙", " ",
  ];
  const anything = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 30 }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 30 }),
  );
  const options = fc.record({ lines: fc.boolean(), compatibility: fc.boolean() });

  it("is idempotent: cleaning a cleaned text changes nothing", () => {
    fc.assert(
      fc.property(anything, options, (value, opts) => {
        const once = cleanText(value, opts);
        expect(cp(cleanText(once, opts))).toBe(cp(once));
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves no control, bidirectional or invisible format character, and no lone surrogate", () => {
    fc.assert(
      fc.property(anything, options, (value, opts) => {
        const cleaned = cleanText(value, opts);
        expect(leftovers(cleaned, opts.lines ?? false).map(cp)).toEqual([]);
        expect(cleaned.isWellFormed()).toBe(true);
        expect(cleaned).toBe(cleaned.trim());
        expect(cleaned.normalize(opts.compatibility ? "NFKC" : "NFC")).toBe(cleaned);
        if (opts.lines) expect(cleaned).not.toMatch(/[\r\u2028\u2029\u0085]/);
        else expect(cleaned).not.toMatch(/[\t\u2028\u2029\u0085\u00A0\u3000]/);
      }),
      { numRuns: 5000 },
    );
  });

  it("passes the fuzz tests' own check of stored text (tests/helpers/hostile.ts), written apart from it", () => {
    fc.assert(
      fc.property(anything, options, (value, opts) => {
        // (A one-line field refuses line breaks: they are never stored.)
        const stored = opts.lines ? cleanText(value, opts) : cleanText(value, opts).replace(/[\r\n]/g, "");
        expect(disguised(stored, { lines: opts.lines })).toBe(false);
        // …which does flag what cleaning removes outright.
        const outright = /(?![\t\n\r\u0085\u200C\u200D\u180B-\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Cc}\p{Cf}\p{Cs}\p{DI}]/gu;
        if (cleanText(value, opts) !== cleanText(value.replace(outright, ""), opts)) {
          expect(disguised(value, { lines: true })).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps text without invisible characters as it is (NFC, trimmed)", () => {
    const visible = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.normalize("NFC").trim()).filter((s) => leftovers(s, true).length === 0 && !/[\p{Cf}\p{DI}\r\u2028\u2029\u0085]/u.test(s));
    fc.assert(fc.property(visible, (value) => expect(cp(cleanText(value, { lines: true }))).toBe(cp(value))));
  });
});

describe("withoutInvisible: what is kept in context", () => {
  it.each([
    ["a family (ZWJ between emoji)", "👨\u200D👩\u200D👧"],
    ["a skin tone and a profession", "👩🏽\u200D⚕\uFE0F"],
    ["the rainbow flag", "🏳\uFE0F\u200D🌈"],
    ["the flag of Scotland (a tag sequence)", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
    ["a keycap", "1\uFE0F\u20E3"],
    ["an ideographic variation sequence (a Japanese name's glyph)", "葛\u{E0100}城"],
    ["a Persian ZWNJ", "می\u200Cخواهم"],
    ["a Bengali ZWJ before a virama (ra + ya-phala)", "র\u200D্য"],
    ["a Malayalam ZWJ after a virama at the end of a word", "അവന്\u200D വന്നു"],
    ["a Mongolian vowel separator between letters", "ᠨᠠᠢᠮᠠ\u180Eᠠ"],
    ["a Mongolian free variation selector after a letter", "ᠭ\u180B"],
  ])("keeps %s", (_, text) => {
    expect(cp(withoutInvisible(text))).toBe(cp(text));
  });

  it.each([
    ["a ZWJ between Latin letters", "A\u200Dna", "Ana"],
    ["a ZWNJ between Latin letters (German ligature control)", "Auf\u200Clage", "Auflage"],
    ["a ZWJ between an emoji and a letter", "👩\u200Da", "👩a"],
    ["a ZWJ at the start", "\u200D👩", "👩"],
    ["a ZWNJ before a space", "رحیم\u200C زاده", "رحیم زاده"],
    ["a variation selector after a Latin letter", "A\uFE0Fna", "Ana"],
    ["a second variation selector", "❤\uFE0F\uFE0F", "❤\uFE0F"],
    ["tag characters without the black flag", "a\u{E0067}\u{E0062}\u{E007F}", "a"],
    ["a tag sequence that is not closed", "🏴\u{E0067}\u{E0062}\u{E0073}", "🏴"],
    ["tag characters that are not lower-case letters or digits", "🏴\u{E0041}\u{E0042}\u{E0043}\u{E007F}", "🏴"],
    ["a Mongolian vowel separator between Latin letters", "a\u180Eb", "ab"],
    ["a lone low surrogate", "\uDC00a", "a"],
  ])("removes %s", (_, text, expected) => {
    expect(cp(withoutInvisible(text))).toBe(cp(expected));
  });
});
