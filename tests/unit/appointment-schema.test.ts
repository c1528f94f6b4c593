import { z } from "zod";
import { clinic } from "@/lib/clinic";
import { appointmentSchema, NOTE_MAX } from "@/lib/validation/appointment";
import { todayIn } from "@/lib/validation/fields";

/** YYYY-MM-DD, `years` before today in the clinic's time zone, plus `days` (Feb 29 falls back to Feb 28). */
function yearsAgo(years: number, days = 0): string {
  const [y, m, d] = todayIn(clinic.timeZone).split("-").map(Number) as [number, number, number];
  const lastDayOfMonth = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  const date = new Date(Date.UTC(y - years, m - 1, Math.min(d, lastDayOfMonth) + days));
  return date.toISOString().slice(0, 10);
}

const valid = {
  firstName: "  Ana María ",
  lastName: "O'Neil-Smith",
  dateOfBirth: yearsAgo(30),
  phone: "541.555.0100",
  email: "  Ana.Lopez@Example.TEST ",
  preferredContact: "email",
  availableDays: ["mon", "wed"],
  availableTimes: "morning",
  treatment: "esketamine",
  patientStatus: "new",
  referringClinician: " Dr. Lee ",
  note: "  Mornings are best.\r\nThank you.  ",
  consentToContact: "on",
  acknowledgeNotEmergency: true,
};

type Input = Record<string, unknown>;

function parse(input: unknown) {
  const result = appointmentSchema.safeParse(input);
  return { result, errors: result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>) };
}

/** The field errors of `valid` with some fields changed (undefined removes a field). */
function errorsWith(changes: Input): Record<string, string[]> {
  const input: Input = { ...valid, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete input[key];
  return parse(input).errors;
}

describe("appointmentSchema: valid input", () => {
  it("normalises names, phone, email, checkbox groups and consents", () => {
    const { result } = parse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      firstName: "Ana María",
      lastName: "O'Neil-Smith",
      dateOfBirth: valid.dateOfBirth,
      phone: "(541) 555-0100",
      email: "ana.lopez@example.test",
      preferredContact: "email",
      availableDays: ["mon", "wed"],
      availableTimes: ["morning"],
      treatment: "esketamine",
      patientStatus: "new",
      referringClinician: "Dr. Lee",
      note: "Mornings are best.\nThank you.",
      consentToContact: true,
      acknowledgeNotEmergency: true,
    });
  });

  it.each(["541-555-0100", "(541) 555-0100", "+1 541 555 0100", "15415550100", "5415550100"])(
    "formats the phone number %p",
    (phone) => {
      expect(parse({ ...valid, phone }).result.data?.phone).toBe("(541) 555-0100");
    },
  );

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["null", null],
    ["blank", "   "],
  ])("accepts optional fields that are %s", (_, value) => {
    const input: Input = { ...valid, referringClinician: value, note: value };
    if (value === undefined) {
      delete input.referringClinician;
      delete input.note;
    }
    const { result } = parse(input);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ referringClinician: "", note: "" });
  });

  it("takes a single string or an array for a checkbox group", () => {
    expect(parse({ ...valid, availableDays: "tue" }).result.data?.availableDays).toEqual(["tue"]);
    expect(parse({ ...valid, availableDays: ["tue"] }).result.data?.availableDays).toEqual(["tue"]);
    expect(parse({ ...valid, availableTimes: ["morning", "evening"] }).result.data?.availableTimes).toEqual([
      "morning",
      "evening",
    ]);
  });

  it("accepts consent checkboxes sent as true, 'on' or 'true'", () => {
    for (const ticked of [true, "on", "true"]) {
      expect(parse({ ...valid, consentToContact: ticked, acknowledgeNotEmergency: ticked }).result.success).toBe(true);
    }
  });

  it("accepts a person who turns 18 today and one who is 120", () => {
    expect(parse({ ...valid, dateOfBirth: yearsAgo(18) }).result.success).toBe(true);
    expect(parse({ ...valid, dateOfBirth: yearsAgo(121, 1) }).result.success).toBe(true);
  });

  it("keeps SQL-like text in the note as plain text", () => {
    const note = "Robert'); DROP TABLE AppointmentRequest;--";
    expect(parse({ ...valid, note }).result.data?.note).toBe(note);
  });

  it("accepts names in other scripts and with accents", () => {
    for (const firstName of ["José", "Zoë", "Nguyễn", "Андрей", "李", "Mary-Jane", "D’Angelo", "St. John"]) {
      expect(errorsWith({ firstName })).toEqual({});
    }
  });
});

describe("appointmentSchema: required fields", () => {
  const messages = {
    firstName: "Enter your first name.",
    lastName: "Enter your last name.",
    dateOfBirth: "Enter your date of birth.",
    phone: "Enter a phone number.",
    email: "Enter an email address.",
    preferredContact: "Choose how we should contact you.",
    availableDays: "Choose at least one day.",
    availableTimes: "Choose at least one time of day.",
    treatment: "Choose a treatment, or “Not sure yet”.",
    patientStatus: "Tell us whether you are new or returning.",
    consentToContact: "Please agree that we may contact you about this request.",
    acknowledgeNotEmergency: "Please confirm you understand this form is not for emergencies.",
  };

  it.each(Object.entries(messages))("reports a missing %s on that field only", (field, message) => {
    expect(errorsWith({ [field]: undefined })).toEqual({ [field]: [message] });
    expect(errorsWith({ [field]: "" })).toEqual({ [field]: [message] });
  });

  it("reports every missing field of an empty submission", () => {
    expect(parse({}).errors).toEqual(Object.fromEntries(Object.entries(messages).map(([f, m]) => [f, [m]])));
  });

  it("treats a whitespace-only name as missing", () => {
    expect(errorsWith({ firstName: "   " })).toEqual({ firstName: [messages.firstName] });
  });

  it("treats an empty checkbox-group array as missing", () => {
    expect(errorsWith({ availableDays: [] })).toEqual({ availableDays: [messages.availableDays] });
  });
});

describe("appointmentSchema: invalid values", () => {
  const adultsOnly = "Our clinic treats adults only: you must be 18 or older to request an appointment.";

  it.each([
    ["someone who turns 18 tomorrow", () => yearsAgo(18, 1), adultsOnly],
    ["a 10-year-old", () => yearsAgo(10), adultsOnly],
    ["tomorrow", () => yearsAgo(0, 1), "Date of birth cannot be in the future."],
    ["next year", () => yearsAgo(-1), "Date of birth cannot be in the future."],
    ["a 121-year-old", () => yearsAgo(121), "Check the year of your date of birth."],
    ["February 30", () => "2000-02-30", "Enter a real date of birth."],
    ["month 13", () => "2000-13-01", "Enter a real date of birth."],
  ])("rejects a date of birth of %s", (_, dateOfBirth, message) => {
    expect(errorsWith({ dateOfBirth: dateOfBirth() })).toEqual({ dateOfBirth: [message] });
  });

  it("rejects a date of birth that is not YYYY-MM-DD", () => {
    expect(errorsWith({ dateOfBirth: "01/02/2000" }).dateOfBirth).toContain(
      "Enter your date of birth as month, day and year.",
    );
  });

  describe("counts age in the clinic's time zone, not UTC", () => {
    // 03:00 UTC on 15 June is still the evening of 14 June in the clinic.
    beforeEach(() => jest.useFakeTimers({ now: new Date("2026-06-15T03:00:00Z") }));
    afterEach(() => jest.useRealTimers());

    it("is set up for a clinic west of UTC", () => {
      expect(clinic.timeZone).toBe("America/Los_Angeles");
      expect(todayIn(clinic.timeZone)).toBe("2026-06-14");
    });

    it("rejects someone whose 18th birthday is today in UTC but tomorrow at the clinic", () => {
      expect(errorsWith({ dateOfBirth: "2008-06-15" })).toEqual({ dateOfBirth: [adultsOnly] });
    });

    it("accepts someone whose 18th birthday is today at the clinic", () => {
      expect(errorsWith({ dateOfBirth: "2008-06-14" })).toEqual({});
    });
  });

  it.each(["555-0100", "541-555-010x", "541-555-01000", "+44 20 7946 0958", "phone me", "2-541-555-0100"])(
    "rejects the phone number %p",
    (phone) => {
      expect(errorsWith({ phone })).toEqual({ phone: ["Enter a 10-digit US phone number, like 541-555-0100."] });
    },
  );

  it.each(["ana", "ana@", "@example.test", "a@b", "ana@@example.test", "ana example@example.test"])(
    "rejects the email address %p",
    (email) => {
      expect(errorsWith({ email })).toEqual({ email: ["Enter an email address like name@example.com."] });
    },
  );

  it.each([
    ["preferredContact", "fax"],
    ["treatment", "surgery"],
    ["patientStatus", "maybe"],
    ["availableDays", "sun"], // the clinic does not call on Sundays
    ["availableDays", ["mon", "funday"]],
    ["availableTimes", "midnight"],
  ])("rejects an unknown %s value %p", (field, value) => {
    expect(Object.keys(errorsWith({ [field]: value }))).toEqual([field]);
  });

  it("rejects a note over NOTE_MAX characters and accepts one of exactly NOTE_MAX", () => {
    expect(errorsWith({ note: "x".repeat(NOTE_MAX + 1) })).toEqual({
      note: [`Note must be ${NOTE_MAX} characters or fewer (it is longer now).`],
    });
    expect(errorsWith({ note: "x".repeat(NOTE_MAX) })).toEqual({});
  });

  it.each([
    ["consentToContact", "Please agree that we may contact you about this request."],
    ["acknowledgeNotEmergency", "Please confirm you understand this form is not for emergencies."],
  ])("rejects %s when it is not ticked", (field, message) => {
    for (const unticked of [false, "off", "false", "yes", 0, 1]) {
      expect(errorsWith({ [field]: unticked })).toEqual({ [field]: [message] });
    }
  });
});

describe("appointmentSchema: cleaning pasted text", () => {
  const stored = (changes: Input) => {
    const { result } = parse({ ...valid, ...changes });
    expect(result.error?.issues ?? []).toEqual([]);
    return result.data!;
  };

  it.each([
    ["a soft hyphen (U+00AD)", "Ma\u00ADrie", "Marie"],
    ["a zero-width space", "A\u200Bna", "Ana"],
    ["a word joiner", "A\u2060na", "Ana"],
    ["a byte-order mark", "\uFEFFAna", "Ana"],
    ["a bidi override (U+202E)", "Ana\u202E", "Ana"],
    ["a right-to-left mark and isolates", "\u200FAna\u2067 Mar\u2069ía", "Ana María"],
    ["a zero-width joiner between Latin letters", "A\u200Dna", "Ana"],
    ["a NUL and a DEL", "Ana\u0000\u007F", "Ana"],
    ["tag characters (hidden ASCII)", "Ana\u{E0041}\u{E0042}", "Ana"],
    ["a lone surrogate", "Ana\uD800", "Ana"],
    ["Hangul fillers", "\u3164Ana\uFFA0", "Ana"],
    ["non-breaking and ideographic spaces", "Ana\u00A0\u3000María", "Ana María"],
    ["a tab between the names", "Ana\tMaría", "Ana María"],
    ["a line separator (U+2028) between the names", "Ana\u2028María", "Ana María"],
    ["mathematical bold letters", "𝐀𝐧𝐧𝐚", "Anna"],
    ["full-width letters", "Ａｎａ", "Ana"],
    ["a ligature", "Josiane Gri\uFB03n", "Josiane Griffin"],
    ["a decomposed accent", "Zoe\u0308", "Zoë"],
  ])("stores a first name with %s cleaned", (_, firstName, expected) => {
    expect(stored({ firstName }).firstName).toBe(expected);
  });

  it("keeps the zero-width non-joiner a Persian name is spelled with", () => {
    expect(stored({ lastName: "رحیم\u200Cزاده" }).lastName).toBe("رحیم\u200Cزاده");
    // Doubled, leading or trailing, it means nothing: one is kept, the others go.
    expect(stored({ lastName: "\u200Cرحیم\u200C\u200Cزاده\u200C" }).lastName).toBe("رحیم\u200Cزاده");
  });

  it("keeps the joiners Indic spellings use", () => {
    expect(stored({ firstName: "ශ්\u200Dරී" }).firstName).toBe("ශ්\u200Dරී"); // Sinhala "Sri", with the rakaaranshaya
    expect(stored({ firstName: "അവന്\u200D" }).firstName).toBe("അവന്\u200D"); // Malayalam chillu after a virama
    expect(stored({ firstName: "क्\u200Cष" }).firstName).toBe("क्\u200Cष"); // Devanagari, explicit virama
  });

  it("keeps emoji sequences in a note, and removes invisible characters from it", () => {
    const note = "Family: 👨\u200D👩\u200D👧, flag 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}, nurse 👩🏽\u200D⚕\uFE0F.";
    expect(stored({ note }).note).toBe(note);
    expect(stored({ note: "fine\u202Etext\u0000\r\nnext\u2028line" }).note).toBe("finetext\nnext\nline");
  });

  it("removes hidden characters from the email address and the phone number, and folds full-width ones", () => {
    expect(stored({ email: "ana\u200B@example.test\uFEFF" }).email).toBe("ana@example.test");
    expect(stored({ email: "ana＠example.test" }).email).toBe("ana@example.test");
    expect(stored({ phone: "\u202A５４１-555-0100\u202C" }).phone).toBe("(541) 555-0100");
  });

  it("treats a name of nothing but invisible characters as missing", () => {
    expect(errorsWith({ firstName: "\u3164\u200B\u115F\u00AD" })).toEqual({ firstName: ["Enter your first name."] });
  });

  it("stores nothing a second cleaning would change", () => {
    const first = stored({ firstName: " \u200BＡna\u00AD ", note: "a\u202E\r\nb" });
    expect(parse({ ...valid, ...first, availableTimes: first.availableTimes }).result.data).toEqual(first);
  });

  it("accepts names that are also words software uses", () => {
    for (const firstName of ["Null", "NULL", "True", "Undefined"]) expect(stored({ firstName }).firstName).toBe(firstName);
  });
});

describe("appointmentSchema: hostile input", () => {
  it.each([
    ["a flood of combining marks", "Z\u0334\u0321\u031B\u0354a"],
    ["four marks on one letter", "Ana\u0334\u0335\u0336\u0337"],
  ])("rejects a name with %s, saying what to remove", (_, firstName) => {
    expect(errorsWith({ firstName })).toEqual({ firstName: ["First name has a letter with more than 3 accent marks. Remove the extra marks."] });
  });

  it("accepts three marks on one letter, as pointed Hebrew and Tibetan names have", () => {
    expect(errorsWith({ firstName: "שַּׁבְּתַאי", lastName: "བསྒྲུབ" })).toEqual({});
  });

  it("rejects a combining-mark flood in the note beyond five on one letter", () => {
    expect(errorsWith({ note: `Hello Z${"\u0334".repeat(6)}` })).toEqual({ note: ["Note has a letter with more than 5 accent marks. Remove the extra marks."] });
    expect(errorsWith({ note: `Hello Z${"\u0334".repeat(5)}` })).toEqual({});
  });

  it("rejects a newline in a name and in the email (header injection)", () => {
    expect(errorsWith({ lastName: "Lopez\nBcc: x@example.test" })).toEqual({ lastName: ["Last name must be on one line."] });
    expect(errorsWith({ email: "ana@example.test\r\nBcc: x@example.test" })).toEqual({
      email: ["Email address must be on one line."],
    });
  });

  it("accepts a newline in the note", () => {
    expect(errorsWith({ note: "line one\nline two" })).toEqual({});
  });

  const nameRule = "First name can use letters, spaces, apostrophes, hyphens and periods.";
  it.each([
    ["<script>alert(1)</script>", `${nameRule} Remove “<”, “>”, “(” and the other characters.`],
    ["Ana<b>", `${nameRule} Remove “<” and “>”.`],
    ["Robert'); DROP TABLE x;--", `${nameRule} Remove “)” and “;”.`],
    ["Ana1", `${nameRule} Remove “1”.`],
    ["@ana", `${nameRule} Remove “@”.`],
    ["Ana 😀", `${nameRule} Remove “😀”.`],
    ["Ana\uE000", `${nameRule} Remove the other characters.`],
    ["-Ana", "First name must begin with a letter."],
    ["\u0301Ana", "First name must begin with a letter."],
    ["Ana \u0301", "First name has an accent mark that is not on a letter. Remove it."],
  ])("rejects the name %p, saying what to change", (firstName, message) => {
    expect(errorsWith({ firstName })).toEqual({ firstName: [message] });
  });

  it.each(["'t Hooft", "’Abd al-Rahman", "Ana-", "St. John", "Kaʻiulani", "O’Neil", "בן־גוריון", "Gal·la", "ジョン・スミス", "བསྟན་འཛིན"])("accepts the name %p", (firstName) => {
    expect(errorsWith({ firstName })).toEqual({});
  });

  it("rejects 100,000-character strings with a length message", () => {
    const long = "a".repeat(100_000);
    expect(
      errorsWith({ firstName: long, lastName: long, email: long, phone: long, referringClinician: long, note: long }),
    ).toEqual({
      firstName: ["First name must be 60 characters or fewer."],
      lastName: ["Last name must be 60 characters or fewer."],
      email: ["Email address must be 254 characters or fewer."],
      phone: ["Phone number must be 30 characters or fewer."],
      referringClinician: ["Referring clinician must be 120 characters or fewer."],
      note: [`Note must be ${NOTE_MAX} characters or fewer (it is longer now).`],
    });
  });

  it("rejects values of the wrong type without throwing", () => {
    const changes = {
      firstName: 42,
      lastName: { toString: () => "Lopez" },
      dateOfBirth: 20000101,
      phone: ["541-555-0100"],
      email: null,
      preferredContact: ["email"],
      availableDays: { 0: "mon" },
      availableTimes: 1,
      treatment: true,
      patientStatus: {},
      referringClinician: 7,
      note: ["a note"],
      consentToContact: { on: true },
      acknowledgeNotEmergency: [true],
    };
    let errors: Record<string, string[]> = {};
    expect(() => (errors = errorsWith(changes))).not.toThrow();
    expect(Object.keys(errors).sort()).toEqual(Object.keys(changes).sort());
    expect(errors.firstName).toEqual(["Enter your first name."]);
    expect(errors.note).toEqual(["Note must be text."]);
  });

  it.each([null, undefined, "a string", 42, [], [valid]])("rejects %p as the whole submission", (input) => {
    expect(() => appointmentSchema.safeParse(input)).not.toThrow();
    expect(appointmentSchema.safeParse(input).success).toBe(false);
  });

  it("ignores keys that are not fields, such as __proto__ and React's $ACTION_ entries", () => {
    const input = JSON.parse(`{"__proto__": {"admin": true}, "$ACTION_ID_abc": "x"}`) as Input;
    const { result } = parse({ ...valid, ...input });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty("$ACTION_ID_abc");
    expect(result.data).not.toHaveProperty("admin");
  });
});
