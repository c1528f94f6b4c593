import { z } from "zod";
import { clinic } from "@/lib/clinic";
import { MB } from "@/lib/validation/card-file";
import {
  applicableAnswers,
  CARD_FIELDS,
  CARRIERS,
  COVERAGE_TYPES,
  INSURANCE_FIELDS,
  insuranceSchema,
  OTHER_CARRIER,
  PLAN_TYPES,
  RELATIONSHIPS,
} from "@/lib/validation/insurance";
import { todayIn } from "@/lib/validation/fields";

/** YYYY-MM-DD, `years` before today in the clinic's time zone, plus `days` (Feb 29 falls back to Feb 28). */
function yearsAgo(years: number, days = 0): string {
  const [y, m, d] = todayIn(clinic.timeZone).split("-").map(Number) as [number, number, number];
  const lastDayOfMonth = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  const date = new Date(Date.UTC(y - years, m - 1, Math.min(d, lastDayOfMonth) + days));
  return date.toISOString().slice(0, 10);
}

/** A file-like value without the bytes (the schema duck-types), so big sizes need no allocation. */
function fakeFile(name: string, size: number) {
  return { name, size, arrayBuffer: async () => new ArrayBuffer(0) };
}

const front = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "card.jpg", { type: "image/jpeg" });
const back = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "card-back.jpg", { type: "image/jpeg" });

const patient = {
  firstName: "  Ana María ",
  lastName: "O'Neil-Smith",
  dateOfBirth: yearsAgo(30),
  phone: "541.555.0100",
  email: "  Ana.Lopez@Example.TEST ",
  treatment: "esketamine",
};

const normalisedPatient = {
  firstName: "Ana María",
  lastName: "O'Neil-Smith",
  dateOfBirth: patient.dateOfBirth,
  phone: "(541) 555-0100",
  email: "ana.lopez@example.test",
};

/** Insured through an employer, one plan, the patient holds the policy. */
const insured = {
  ...patient,
  coverageType: "employer",
  carrier: "regence",
  planType: "ppo",
  memberId: " XYZ123456789 ",
  groupNumber: " 0012345-001 ",
  relationship: "self",
  cardFront: front,
  cardBack: back,
  hasSecondary: "no",
  consentToVerify: "on",
};

/** Answers to the second-plan questions, to spread over `insured` with hasSecondary "yes". */
const secondary = {
  hasSecondary: "yes",
  secondaryCarrier: "aetna",
  secondaryPlanType: "hmo",
  secondaryMemberId: "W123-456-789",
  secondaryGroupNumber: "",
  secondaryRelationship: "spouse",
  secondaryPolicyholderName: " Luis López ",
  secondaryPolicyholderDateOfBirth: yearsAgo(45),
};

type Input = Record<string, unknown>;

function parse(input: unknown) {
  const result = insuranceSchema.safeParse(input);
  return { result, errors: result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>) };
}

/** `base` with some fields changed (undefined removes a field). */
function withChanges(base: Input, changes: Input): Input {
  const input: Input = { ...base, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete input[key];
  return input;
}

/** The field errors of `insured` with some fields changed. */
function errorsWith(changes: Input, base: Input = insured): Record<string, string[]> {
  return parse(withChanges(base, changes)).errors;
}

/** The messages for characters a field does not take, ending with what to remove (“Remove “!”.”). */
const MEMBER_ID_CHARS = (remove: string) => `The member ID can use letters, numbers, spaces and hyphens, as printed on the card. ${remove}`;
const GROUP_NUMBER_CHARS = (remove: string) => `The group number can use letters, numbers, spaces and hyphens, as printed on the card. ${remove}`;
const POLICYHOLDER_NAME_CHARS = (remove: string) => `Policyholder's full name can use letters, spaces, apostrophes, hyphens and periods. ${remove}`;

const required = {
  carrier: "Choose the insurance company of your plan, or “Other”.",
  secondaryCarrier: "Choose the insurance company of your second plan, or “Other”.",
  carrierOther: "Enter the insurance company's name.",
  planType: "Choose the plan type, or “Not sure”.",
  memberId: "Enter the member ID shown on the card.",
  relationship: "Tell us who holds the policy.",
  policyholderName: "Enter the policyholder's full name.",
  policyholderDateOfBirth: "Enter the policyholder's date of birth.",
  hasSecondary: "Tell us whether you have a second insurance plan.",
  consentToVerify: "Please agree that we may contact your insurer to check your benefits.",
  coverageType: "Choose how you are covered, or self-pay.",
};

describe("insuranceSchema: the lists", () => {
  it("offers the clinic's carriers, then “Other”", () => {
    expect(CARRIERS).toEqual([...clinic.insurance.carriers, OTHER_CARRIER]);
    expect(OTHER_CARRIER).toEqual({ id: "other", name: "Other (not listed)" });
    expect(new Set(CARRIERS.map((c) => c.id)).size).toBe(CARRIERS.length);
  });

  it("lists every field once, card fields included", () => {
    expect(new Set(INSURANCE_FIELDS).size).toBe(INSURANCE_FIELDS.length);
    for (const field of CARD_FIELDS) expect(INSURANCE_FIELDS).toContain(field);
    expect(COVERAGE_TYPES.map((t) => t.id)).toContain("self-pay");
    expect(PLAN_TYPES.map((t) => t.id)).toContain("not-sure");
    expect(RELATIONSHIPS.map((r) => r.id)).toEqual(["self", "spouse", "parent", "other"]);
  });
});

describe("insuranceSchema: valid insured input", () => {
  it("gives the patient, the treatment and one normalised coverage", () => {
    const { result } = parse(insured);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      patient: normalisedPatient,
      treatment: "esketamine",
      coverageType: "employer",
      coverages: [
        {
          rank: "primary",
          carrier: "regence",
          carrierName: "Regence BlueCross BlueShield",
          planType: "ppo",
          memberId: "XYZ123456789",
          groupNumber: "0012345-001",
          relationship: "self",
          policyholder: undefined,
          cards: [
            { side: "front", file: front },
            { side: "back", file: back },
          ],
        },
      ],
    });
  });

  it("keeps the very File objects that were chosen", () => {
    const [coverage] = parse(insured).result.data!.coverages;
    expect(coverage!.cards[0]!.file).toBe(front);
    expect(coverage!.cards[1]!.file).toBe(back);
  });

  it.each(clinic.insurance.carriers.map((c) => [c.id, c.name]))("names the carrier %p %p from the clinic's list", (carrier, name) => {
    expect(parse({ ...insured, carrier }).result.data?.coverages[0]?.carrierName).toBe(name);
  });

  it("uses the typed company name for an “Other” carrier", () => {
    const coverage = parse({ ...insured, carrier: "other", carrierOther: "  Blue Ridge Mutual " }).result.data?.coverages[0];
    expect(coverage).toMatchObject({ carrier: "other", carrierName: "Blue Ridge Mutual" });
  });

  it("ignores a company name typed before choosing a listed carrier, even a malformed one", () => {
    const { result } = parse({ ...insured, carrier: "cigna", carrierOther: "Bad\u202Ename\n" + "x".repeat(200) });
    expect(result.success).toBe(true);
    expect(result.data?.coverages[0]?.carrierName).toBe("Cigna");
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["absent", undefined],
    ["null", null],
  ])("gives groupNumber undefined when it is %s", (_, groupNumber) => {
    const { result } = parse(withChanges(insured, { groupNumber }));
    expect(result.success).toBe(true);
    expect(result.data?.coverages[0]).toHaveProperty("groupNumber", undefined);
  });

  it("gives no policyholder when the patient holds the policy", () => {
    expect(parse(insured).result.data?.coverages[0]?.policyholder).toBeUndefined();
  });

  it.each(["spouse", "parent", "other"])("gives the policyholder when the relationship is %p", (relationship) => {
    const dateOfBirth = yearsAgo(52);
    const coverage = parse({ ...insured, relationship, policyholderName: "  María José Ortiz-Peña ", policyholderDateOfBirth: dateOfBirth })
      .result.data?.coverages[0];
    expect(coverage).toMatchObject({ relationship, policyholder: { name: "María José Ortiz-Peña", dateOfBirth } });
  });

  it("lists only the card sides that were given", () => {
    expect(parse(withChanges(insured, { cardBack: undefined })).result.data?.coverages[0]?.cards).toEqual([{ side: "front", file: front }]);
    expect(parse(withChanges(insured, { cardFront: "" })).result.data?.coverages[0]?.cards).toEqual([{ side: "back", file: back }]);
    expect(parse(withChanges(insured, { cardFront: undefined, cardBack: new File([], "") })).result.data?.coverages[0]?.cards).toEqual([]);
  });

  it("accepts a card given as a FileList (react-hook-form) and an empty FileList as no card", () => {
    const list = (...files: File[]) => ({ length: files.length, item: (i: number) => files[i] ?? null });
    const { result } = parse({ ...insured, cardFront: list(front), cardBack: list() });
    expect(result.success).toBe(true);
    expect(result.data?.coverages[0]?.cards).toEqual([{ side: "front", file: front }]);
  });

  it("accepts a no-JavaScript post: empty strings for unanswered questions, empty unnamed files", () => {
    const post = {
      ...insured,
      groupNumber: "",
      carrierOther: "",
      policyholderName: "",
      policyholderDateOfBirth: "",
      cardBack: new File([], ""),
      secondaryCarrier: "",
      secondaryCarrierOther: "",
      secondaryPlanType: "",
      secondaryMemberId: "",
      secondaryGroupNumber: "",
      secondaryRelationship: "",
      secondaryPolicyholderName: "",
      secondaryPolicyholderDateOfBirth: "",
      secondaryCardFront: new File([], ""),
      secondaryCardBack: new File([], ""),
    };
    const { result, errors } = parse(post);
    expect(errors).toEqual({});
    expect(result.data?.coverages).toHaveLength(1);
    expect(result.data?.coverages[0]?.cards).toEqual([{ side: "front", file: front }]);
  });

  it.each([true, "on", "true"])("accepts consent sent as %p", (consentToVerify) => {
    expect(errorsWith({ consentToVerify })).toEqual({});
  });

  it.each(COVERAGE_TYPES.filter((t) => t.id !== "self-pay").map((t) => t.id))("asks the insurance questions for coverage %p", (coverageType) => {
    expect(parse({ ...insured, coverageType }).result.data?.coverages).toHaveLength(1);
    expect(errorsWith({ coverageType, carrier: undefined })).toEqual({ carrier: [required.carrier] });
  });

  it("accepts plan type “Not sure”", () => {
    expect(parse({ ...insured, planType: "not-sure" }).result.data?.coverages[0]?.planType).toBe("not-sure");
  });

  it("accepts a patient who turns 18 today", () => {
    expect(errorsWith({ dateOfBirth: yearsAgo(18) })).toEqual({});
  });

  it("ignores keys that are not fields, such as __proto__ and React's $ACTION_ entries", () => {
    const extra = JSON.parse(`{"__proto__": {"admin": true}, "$ACTION_ID_abc": "x", "rank": "secondary"}`) as Input;
    const { result } = parse({ ...insured, ...extra });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty("$ACTION_ID_abc");
    expect(result.data).not.toHaveProperty("admin");
    expect(result.data?.coverages.map((c) => c.rank)).toEqual(["primary"]);
  });
});

describe("insuranceSchema: self-pay", () => {
  const selfPay = { ...patient, coverageType: "self-pay" };

  it("needs only the patient's answers and gives no coverages", () => {
    const { result } = parse(selfPay);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ patient: normalisedPatient, treatment: "esketamine", coverageType: "self-pay", coverages: [] });
  });

  it("does not ask for consent to contact an insurer, nor about a second plan", () => {
    expect(parse({ ...selfPay, consentToVerify: false, hasSecondary: "" }).errors).toEqual({});
  });

  it("ignores insurance answers given before switching to self-pay, valid or not", () => {
    const { result, errors } = parse({
      ...insured,
      ...secondary,
      coverageType: "self-pay",
      carrier: "not-a-carrier",
      carrierOther: "\u202E",
      planType: "gold",
      memberId: "!!",
      groupNumber: "<script>",
      relationship: "boss",
      policyholderName: "1234",
      policyholderDateOfBirth: "2999-99-99",
      cardFront: new File(["hello"], "notes.txt"),
      cardBack: fakeFile("huge.jpg", 500 * MB),
      hasSecondary: "maybe",
      secondaryMemberId: "??",
      secondaryCardFront: new File([], "empty.jpg"),
      consentToVerify: "nope",
    });
    expect(errors).toEqual({});
    expect(result.data?.coverages).toEqual([]);
    expect(result.data).toEqual({ patient: normalisedPatient, treatment: "esketamine", coverageType: "self-pay", coverages: [] });
  });

  it("still checks the patient's answers", () => {
    expect(parse({ ...selfPay, dateOfBirth: yearsAgo(17), email: "ana" }).errors).toEqual({
      dateOfBirth: ["Our clinic treats adults only: you must be 18 or older."],
      email: ["Enter an email address like name@example.com."],
    });
  });
});

describe("insuranceSchema: applicableAnswers", () => {
  it("drops every insurance answer for self-pay and leaves the input untouched", () => {
    const input = { ...insured, ...secondary, coverageType: "self-pay" };
    const copy = { ...input };
    expect(applicableAnswers(input)).toEqual({ ...patient, coverageType: "self-pay" });
    expect(input).toEqual(copy);
  });

  it("drops the second plan unless there is one, carrierOther unless “Other”, the policyholder when self", () => {
    const answers = applicableAnswers({ ...insured, ...secondary, hasSecondary: "no", carrierOther: "x", policyholderName: "x" });
    expect(Object.keys(answers).filter((k) => k.startsWith("secondary"))).toEqual([]);
    expect(answers).not.toHaveProperty("carrierOther");
    expect(answers).not.toHaveProperty("policyholderName");
    expect(answers).toHaveProperty("memberId", insured.memberId);
  });
});

describe("insuranceSchema: who holds the policy", () => {
  it("ignores policyholder answers, even malformed ones, when the patient holds the policy", () => {
    const { result, errors } = parse({
      ...insured,
      relationship: "self",
      policyholderName: "R2-D2 <script>",
      policyholderDateOfBirth: "2999-02-30",
    });
    expect(errors).toEqual({});
    expect(result.data?.coverages[0]?.policyholder).toBeUndefined();
  });

  it.each(["spouse", "parent", "other"])("requires the policyholder's name and date of birth for %p", (relationship) => {
    expect(errorsWith({ relationship })).toEqual({
      policyholderName: [required.policyholderName],
      policyholderDateOfBirth: [required.policyholderDateOfBirth],
    });
    expect(errorsWith({ relationship, policyholderName: "   ", policyholderDateOfBirth: "" })).toEqual({
      policyholderName: [required.policyholderName],
      policyholderDateOfBirth: [required.policyholderDateOfBirth],
    });
  });

  const spouse = { ...insured, relationship: "spouse", policyholderName: "Luis López", policyholderDateOfBirth: yearsAgo(40) };

  it.each(["José", "Zoë Nguyễn", "Андрей Иванов", "李小龙", "Mary-Jane O'Brien", "D’Angelo St. John"])("accepts the policyholder name %p", (policyholderName) => {
    expect(errorsWith({ policyholderName }, spouse)).toEqual({});
  });

  it.each([
    ["Luis1", POLICYHOLDER_NAME_CHARS("Remove “1”.")],
    ["<script>alert(1)</script>", POLICYHOLDER_NAME_CHARS("Remove “<”, “>”, “(” and the other characters.")],
    ["-Luis", "Policyholder's full name must begin with a letter."],
    ["@luis", POLICYHOLDER_NAME_CHARS("Remove “@”.")],
    ["Robert'); DROP TABLE x;--", POLICYHOLDER_NAME_CHARS("Remove “)” and “;”.")],
    ["Luis & Ana", POLICYHOLDER_NAME_CHARS("Remove “&”.")],
  ])("rejects the policyholder name %p", (policyholderName, message) => {
    expect(errorsWith({ policyholderName }, spouse)).toEqual({ policyholderName: [message] });
  });

  it("cleans the policyholder name as the patient's (hidden characters out, compatibility letters folded)", () => {
    const name = (policyholderName: string) => parse({ ...spouse, policyholderName }).result.data?.coverages[0]?.policyholder?.name;
    expect(name("Luis\u200B López\u202C")).toBe("Luis López");
    expect(name("𝐋𝐮𝐢𝐬 López")).toBe("Luis López");
    expect(name("مریم رحیم\u200Cزاده")).toBe("مریم رحیم\u200Cزاده");
  });

  it("rejects a policyholder name over 120 characters", () => {
    expect(errorsWith({ policyholderName: "a".repeat(121) }, spouse)).toEqual({
      policyholderName: ["Policyholder's full name must be 120 characters or fewer."],
    });
    expect(errorsWith({ policyholderName: "a".repeat(120) }, spouse)).toEqual({});
  });

  it.each([
    ["tomorrow", () => yearsAgo(0, 1), "Policyholder's date of birth cannot be in the future."],
    ["next year", () => yearsAgo(-1), "Policyholder's date of birth cannot be in the future."],
    ["February 30", () => "1980-02-30", "Enter a real date of birth."],
    ["month 13", () => "1980-13-01", "Enter a real date of birth."],
    ["a 121-year-old", () => yearsAgo(121), "Check the year of the policyholder's date of birth."],
  ])("rejects a policyholder date of birth of %s", (_, policyholderDateOfBirth, message) => {
    expect(errorsWith({ policyholderDateOfBirth: policyholderDateOfBirth() }, spouse)).toEqual({ policyholderDateOfBirth: [message] });
  });

  it("rejects a policyholder date of birth that is not YYYY-MM-DD", () => {
    expect(errorsWith({ policyholderDateOfBirth: "01/02/1980" }, spouse)).toEqual({
      policyholderDateOfBirth: expect.arrayContaining(["Enter the policyholder's date of birth as month, day and year."]),
    });
  });

  it("sets no minimum age for the policyholder (a parent's plan may be held by anyone), but does for the patient", () => {
    expect(errorsWith({ policyholderDateOfBirth: yearsAgo(16) }, spouse)).toEqual({});
    expect(errorsWith({ policyholderDateOfBirth: yearsAgo(18, 1) }, spouse)).toEqual({});
    expect(errorsWith({ dateOfBirth: yearsAgo(16) }, spouse)).toEqual({
      dateOfBirth: ["Our clinic treats adults only: you must be 18 or older."],
    });
    expect(errorsWith({ dateOfBirth: yearsAgo(18, 1) }, spouse)).toEqual({
      dateOfBirth: ["Our clinic treats adults only: you must be 18 or older."],
    });
  });

  it("accepts a policyholder who is 120 and the patient's own date of birth as the policyholder's", () => {
    expect(errorsWith({ policyholderDateOfBirth: yearsAgo(121, 1) }, spouse)).toEqual({});
    expect(errorsWith({ policyholderDateOfBirth: patient.dateOfBirth }, spouse)).toEqual({});
  });

  it("rejects an unknown relationship", () => {
    expect(errorsWith({ relationship: "boss" }, spouse)).toEqual({ relationship: [required.relationship] });
  });
});

describe("insuranceSchema: a second plan", () => {
  const twoPlans = { ...insured, ...secondary };

  it("ignores second-plan answers, even malformed ones, when there is no second plan", () => {
    const { result, errors } = parse({
      ...twoPlans,
      hasSecondary: "no",
      secondaryCarrier: "nope",
      secondaryMemberId: "!!",
      secondaryPolicyholderDateOfBirth: "tomorrow",
      secondaryCardFront: new File(["x"], "notes.txt"),
      secondaryCardBack: fakeFile("huge.jpg", 500 * MB),
    });
    expect(errors).toEqual({});
    expect(result.data?.coverages.map((c) => c.rank)).toEqual(["primary"]);
  });

  it("gives a second coverage when there is one", () => {
    const secondFront = new File(["x"], "second.png");
    const { result } = parse({ ...twoPlans, secondaryCardFront: secondFront });
    expect(result.success).toBe(true);
    expect(result.data?.coverages).toHaveLength(2);
    expect(result.data?.coverages[1]).toEqual({
      rank: "secondary",
      carrier: "aetna",
      carrierName: "Aetna",
      planType: "hmo",
      memberId: "W123-456-789",
      groupNumber: undefined,
      relationship: "spouse",
      policyholder: { name: "Luis López", dateOfBirth: secondary.secondaryPolicyholderDateOfBirth },
      cards: [{ side: "front", file: secondFront }],
    });
    // The primary plan's answers stay the primary plan's.
    expect(result.data?.coverages[0]).toMatchObject({ rank: "primary", carrier: "regence", relationship: "self", policyholder: undefined });
  });

  it("requires the second plan's carrier, plan type, member ID and policyholder", () => {
    expect(parse({ ...insured, hasSecondary: "yes" }).errors).toEqual({
      secondaryCarrier: [required.secondaryCarrier],
      secondaryPlanType: [required.planType],
      secondaryMemberId: [required.memberId],
      secondaryRelationship: [required.relationship],
    });
  });

  it("requires the second plan's policyholder when someone else holds it", () => {
    expect(errorsWith({ secondaryPolicyholderName: undefined, secondaryPolicyholderDateOfBirth: "" }, twoPlans)).toEqual({
      secondaryPolicyholderName: [required.policyholderName],
      secondaryPolicyholderDateOfBirth: [required.policyholderDateOfBirth],
    });
  });

  it("ignores the second plan's policyholder answers when the patient holds it", () => {
    const { result, errors } = parse({ ...twoPlans, secondaryRelationship: "self", secondaryPolicyholderName: "!!", secondaryPolicyholderDateOfBirth: "x" });
    expect(errors).toEqual({});
    expect(result.data?.coverages[1]?.policyholder).toBeUndefined();
  });

  it("requires the company's name for a second plan with an “Other” carrier, and uses it", () => {
    expect(errorsWith({ secondaryCarrier: "other" }, twoPlans)).toEqual({ secondaryCarrierOther: [required.carrierOther] });
    expect(errorsWith({ secondaryCarrier: "other", secondaryCarrierOther: "  " }, twoPlans)).toEqual({
      secondaryCarrierOther: [required.carrierOther],
    });
    const coverage = parse({ ...twoPlans, secondaryCarrier: "other", secondaryCarrierOther: "Trustmark" }).result.data?.coverages[1];
    expect(coverage).toMatchObject({ carrier: "other", carrierName: "Trustmark" });
  });

  it("checks the second plan's answers with the same rules", () => {
    expect(
      errorsWith(
        {
          secondaryCarrier: "bcbs",
          secondaryMemberId: "W123/456",
          secondaryGroupNumber: "G\u200B_1",
          secondaryPolicyholderName: "L0uis",
          secondaryPolicyholderDateOfBirth: yearsAgo(0, 1),
          secondaryCardBack: new File(["x"], "back.gif"),
        },
        twoPlans,
      ),
    ).toEqual({
      secondaryCarrier: ["Choose your insurance company, or “Other”."],
      secondaryMemberId: [MEMBER_ID_CHARS("Remove “/”.")],
      secondaryGroupNumber: [GROUP_NUMBER_CHARS("Remove “_”.")],
      secondaryPolicyholderName: [POLICYHOLDER_NAME_CHARS("Remove “0”.")],
      secondaryPolicyholderDateOfBirth: ["Policyholder's date of birth cannot be in the future."],
      secondaryCardBack: ["Choose a photo or scan in JPEG, PNG, HEIC or PDF format."],
    });
  });

  it("rejects an unknown answer to “a second plan?”", () => {
    expect(errorsWith({ hasSecondary: "maybe" })).toEqual({ hasSecondary: [required.hasSecondary] });
  });
});

describe("insuranceSchema: required answers", () => {
  it("reports only the coverage question until the person says how they are covered", () => {
    expect(parse(patient).errors).toEqual({ coverageType: [required.coverageType] });
    expect(parse({ ...patient, coverageType: "" }).errors).toEqual({ coverageType: [required.coverageType] });
    expect(parse({ ...patient, coverageType: "blue-cross" }).errors).toEqual({ coverageType: [required.coverageType] });
    expect(parse({ ...patient, hasSecondary: "yes" }).errors).toEqual({ coverageType: [required.coverageType] });
  });

  it("still checks answers already given while the coverage question is open", () => {
    expect(parse({ ...patient, memberId: "!!" }).errors).toEqual({ coverageType: [required.coverageType], memberId: [MEMBER_ID_CHARS("Remove “!”.")] });
  });

  it("reports every missing insurance answer at once", () => {
    expect(parse({ ...patient, coverageType: "medicaid" }).errors).toEqual({
      carrier: [required.carrier],
      planType: [required.planType],
      memberId: [required.memberId],
      relationship: [required.relationship],
      hasSecondary: [required.hasSecondary],
      consentToVerify: [required.consentToVerify],
    });
  });

  it.each([
    ["carrier", required.carrier],
    ["planType", required.planType],
    ["memberId", required.memberId],
    ["relationship", required.relationship],
    ["hasSecondary", required.hasSecondary],
  ])("reports a missing %s on that field only", (field, message) => {
    expect(errorsWith({ [field]: undefined })).toEqual({ [field]: [message] });
    expect(errorsWith({ [field]: "" })).toEqual({ [field]: [message] });
  });

  it("treats a blank member ID as missing", () => {
    expect(errorsWith({ memberId: "   " })).toEqual({ memberId: [required.memberId] });
  });

  it("requires the company's name for an “Other” carrier", () => {
    expect(errorsWith({ carrier: "other" })).toEqual({ carrierOther: [required.carrierOther] });
    expect(errorsWith({ carrier: "other", carrierOther: "   " })).toEqual({ carrierOther: [required.carrierOther] });
  });

  it.each([undefined, false, "", "off", "false", "yes", 0, 1])("requires consent: %p is not consent", (consentToVerify) => {
    expect(errorsWith({ consentToVerify })).toEqual({ consentToVerify: [required.consentToVerify] });
  });

  it("reports missing answers together with malformed ones", () => {
    expect(
      parse({
        ...patient,
        phone: "555-0100",
        email: "ana@",
        dateOfBirth: yearsAgo(17),
        coverageType: "employer",
        memberId: "!!",
        groupNumber: "G#1",
        relationship: "parent",
        policyholderName: "Mom2",
        cardFront: new File([], "front.jpg"),
      }).errors,
    ).toEqual({
      phone: ["Enter a 10-digit US phone number, like 541-555-0100."],
      email: ["Enter an email address like name@example.com."],
      dateOfBirth: ["Our clinic treats adults only: you must be 18 or older."],
      memberId: [MEMBER_ID_CHARS("Remove “!”.")],
      groupNumber: [GROUP_NUMBER_CHARS("Remove “#”.")],
      policyholderName: [POLICYHOLDER_NAME_CHARS("Remove “2”.")],
      cardFront: ["This file is empty. Please take the photo again or choose another file."],
      carrier: [required.carrier],
      planType: [required.planType],
      policyholderDateOfBirth: [required.policyholderDateOfBirth],
      hasSecondary: [required.hasSecondary],
      consentToVerify: [required.consentToVerify],
    });
  });

  it("reports a malformed answer once, not also as missing", () => {
    expect(errorsWith({ carrier: "bcbs" })).toEqual({ carrier: ["Choose your insurance company, or “Other”."] });
    expect(errorsWith({ planType: "gold" })).toEqual({ planType: ["Choose the plan type, or “Not sure”."] });
    expect(errorsWith({ memberId: "#1" })).toEqual({ memberId: [MEMBER_ID_CHARS("Remove “#”.")] });
    expect(errorsWith({ relationship: "spouse", policyholderName: "Luis López", policyholderDateOfBirth: "1980-02-30" })).toEqual({
      policyholderDateOfBirth: ["Enter a real date of birth."],
    });
  });
});

describe("insuranceSchema: member ID, group number and carrier", () => {
  it.each(["XYZ123456789", "W123-45-6789", "1EG4-TE5-MK72", "abc 123 456", "0012345 01", "A".repeat(40)])(
    "accepts the member ID %p",
    (memberId) => {
      expect(parse({ ...insured, memberId }).result.data?.coverages[0]?.memberId).toBe(memberId);
    },
  );

  it.each([
    ["!!", "Remove “!”."],
    ["A1/B2", "Remove “/”."],
    ["12#34", "Remove “#”."],
    ["A1_B2", "Remove “_”."],
    ["A1.B2", "Remove “.”."],
    ["ID: 123", "Remove “:”."],
    ["<b>1</b>", "Remove “<”, “>” and “/”."],
    ["1; DROP TABLE x", "Remove “;”."],
    ["Ä123", "Remove “Ä”."],
    ["XYZ\u001B[31m", "Remove “[”."],
  ])("rejects the member ID %p, saying what to remove", (memberId, remove) => {
    expect(errorsWith({ memberId })).toEqual({ memberId: [MEMBER_ID_CHARS(remove)] });
  });

  it.each(["0012345-001", "GRP 77", "a1"])("accepts the group number %p", (groupNumber) => {
    expect(parse({ ...insured, groupNumber }).result.data?.coverages[0]?.groupNumber).toBe(groupNumber);
  });

  it.each([
    ["G/1", "Remove “/”."],
    ["12.34", "Remove “.”."],
    ["G#1", "Remove “#”."],
    ["'; --", "Remove “'” and “;”."],
  ])("rejects the group number %p, saying what to remove", (groupNumber, remove) => {
    expect(errorsWith({ groupNumber })).toEqual({ groupNumber: [GROUP_NUMBER_CHARS(remove)] });
  });

  it("limits member ID and group number to 40 characters", () => {
    expect(errorsWith({ memberId: "A".repeat(41), groupNumber: "1".repeat(41) })).toEqual({
      memberId: ["Member ID must be 40 characters or fewer."],
      groupNumber: ["Group number must be 40 characters or fewer."],
    });
    expect(errorsWith({ memberId: ` ${"A".repeat(40)} ` })).toEqual({});
  });

  it("limits the “Other” company's name to 80 characters", () => {
    expect(errorsWith({ carrier: "other", carrierOther: "a".repeat(81) })).toEqual({
      carrierOther: ["Insurance company's name must be 80 characters or fewer."],
    });
    expect(errorsWith({ carrier: "other", carrierOther: "a".repeat(80) })).toEqual({});
  });

  it.each(["bcbs", "Aetna", "AETNA", " aetna", "__proto__", "toString", "self-pay"])("rejects the carrier %p (not an id from the list)", (carrier) => {
    expect(errorsWith({ carrier })).toEqual({ carrier: ["Choose your insurance company, or “Other”."] });
  });

  it.each([
    ["a bidi override (U+202E)", "XYZ\u202E987"],
    ["a right-to-left isolate (U+2067)", "XYZ\u2067987"],
    ["a zero-width space", "XYZ\u200B987"],
    ["a zero-width joiner", "XYZ\u200D987"],
    ["an Arabic letter mark", "XYZ\u061C987"],
    ["a byte-order mark", "\uFEFFXYZ987"],
    ["a soft hyphen", "XYZ\u00AD987"],
    ["a NUL", "XYZ\u0000987"],
  ])("removes hidden characters from the member ID and group number: %s", (_, value) => {
    const coverage = parse({ ...insured, memberId: value, groupNumber: value }).result.data?.coverages[0];
    expect(coverage).toMatchObject({ memberId: "XYZ987", groupNumber: "XYZ987" });
  });

  it("removes hidden characters from the company name", () => {
    const coverage = parse({ ...insured, carrier: "other", carrierOther: "Blue\u202ECross\u00A0Mutual\u2069" }).result.data?.coverages[0];
    expect(coverage).toMatchObject({ carrierName: "BlueCross Mutual" });
  });

  it("rejects a line break inside a member ID and a company name", () => {
    expect(errorsWith({ memberId: "XYZ1\nXYZ2" })).toEqual({ memberId: ["Member ID must be on one line."] });
    expect(errorsWith({ carrier: "other", carrierOther: "Acme\r\nBcc: x@example.test" })).toEqual({
      carrierOther: ["Insurance company's name must be on one line."],
    });
  });

  it("rejects values of the wrong type without throwing", () => {
    const changes = { carrier: 3, planType: ["ppo"], memberId: 12345, groupNumber: { a: 1 }, relationship: true, hasSecondary: ["yes"] };
    const policyholder = { policyholderName: "Luis López", policyholderDateOfBirth: yearsAgo(40) };
    let errors: Record<string, string[]> = {};
    expect(() => (errors = errorsWith(changes, { ...insured, ...policyholder }))).not.toThrow();
    expect(Object.keys(errors).sort()).toEqual(Object.keys(changes).sort());
    expect(errors.memberId).toEqual(["Enter the member ID."]);
  });

  it.each(["a string", 42, true, [], [insured]])("rejects %p as the whole submission without throwing", (input) => {
    expect(() => insuranceSchema.safeParse(input)).not.toThrow();
    expect(insuranceSchema.safeParse(input).success).toBe(false);
  });
});

describe("insuranceSchema: card files", () => {
  const EMPTY = "This file is empty. Please take the photo again or choose another file.";
  const FORMAT = "Choose a photo or scan in JPEG, PNG, HEIC or PDF format.";

  it.each([
    ["undefined", undefined],
    ["an empty string", ""],
    ["an empty unnamed File", new File([], "")],
    ["an empty FileList", { length: 0, item: () => null }],
  ])("accepts %s as no card", (_, card) => {
    const { result } = parse({ ...insured, cardFront: card, cardBack: card });
    expect(result.success).toBe(true);
    expect(result.data?.coverages[0]?.cards).toEqual([]);
  });

  it("rejects an empty named file, an unaccepted format and an oversized file on their own fields", () => {
    expect(errorsWith({ cardFront: new File([], "card.jpg"), cardBack: new File(["GIF89a"], "card.gif") })).toEqual({
      cardFront: [EMPTY],
      cardBack: [FORMAT],
    });
    expect(errorsWith({ cardBack: new File(["x"], "notes.txt") })).toEqual({ cardBack: [FORMAT] });
    expect(errorsWith({ cardBack: fakeFile("card.jpg", 12.5 * MB) })).toEqual({
      cardBack: ["This file is 12.5 MB; each file can be up to 10 MB. Take the photo at a lower resolution or choose a smaller file."],
    });
  });

  it("accepts an uppercase extension, no extension, and duck-typed file-like objects", () => {
    const upper = new File(["x"], "IMG_0001.JPG");
    const bare = new File(["x"], "scan");
    const fake = fakeFile("card.pdf", 9 * MB);
    expect(parse({ ...insured, cardFront: upper, cardBack: bare }).result.data?.coverages[0]?.cards).toEqual([
      { side: "front", file: upper },
      { side: "back", file: bare },
    ]);
    expect(parse({ ...insured, cardFront: fake }).result.data?.coverages[0]?.cards[0]?.file).toBe(fake);
  });

  it("rejects a card that is not a file", () => {
    expect(errorsWith({ cardFront: "card.jpg" })).toEqual({ cardFront: ["Choose a photo or scan of your card."] });
  });

  describe("all cards together", () => {
    const twoPlans = { ...insured, ...secondary };
    const together = (mb: number) => `Together your card files are ${mb} MB; they can be up to 20 MB in all. Choose smaller photos.`;

    it("accepts four files of 5 MB (20 MB in all)", () => {
      const cards = Object.fromEntries(CARD_FIELDS.map((f) => [f, fakeFile("card.jpg", 5 * MB)]));
      const { result } = parse({ ...twoPlans, ...cards });
      expect(result.success).toBe(true);
      expect(result.data?.coverages.flatMap((c) => c.cards)).toHaveLength(4);
    });

    it("reports more than 20 MB in all on the last card given", () => {
      expect(
        errorsWith(
          { cardFront: fakeFile("a.jpg", 8 * MB), cardBack: fakeFile("b.jpg", 8 * MB), secondaryCardFront: fakeFile("c.jpg", 5 * MB) },
          twoPlans,
        ),
      ).toEqual({ secondaryCardFront: [together(21)] });
      expect(
        errorsWith(
          {
            cardFront: fakeFile("a.jpg", 9 * MB),
            cardBack: undefined,
            secondaryCardFront: fakeFile("c.jpg", 9 * MB),
            secondaryCardBack: fakeFile("d.pdf", 4.5 * MB),
          },
          twoPlans,
        ),
      ).toEqual({ secondaryCardBack: [together(22.5)] });
    });

    it("skips fields with no file when choosing where to report the total", () => {
      expect(
        errorsWith(
          {
            cardFront: fakeFile("a.jpg", 9 * MB),
            cardBack: fakeFile("b.jpg", 9 * MB),
            secondaryCardFront: fakeFile("c.jpg", 3 * MB),
            secondaryCardBack: { length: 0, item: () => null },
          },
          twoPlans,
        ),
      ).toEqual({ secondaryCardFront: [together(21)] });
      expect(
        errorsWith(
          {
            cardFront: fakeFile("a.jpg", 9 * MB),
            cardBack: new File([], ""),
            secondaryCardFront: fakeFile("c.jpg", 9 * MB),
            secondaryCardBack: fakeFile("d.jpg", 3 * MB),
          },
          twoPlans,
        ),
      ).toEqual({ secondaryCardBack: [together(21)] });
    });

    it("accepts exactly 20 MB in all and reports one byte more", () => {
      const cards = { cardFront: fakeFile("a.jpg", 10 * MB), cardBack: fakeFile("b.jpg", 6 * MB), secondaryCardFront: fakeFile("c.jpg", 4 * MB) };
      expect(errorsWith(cards, twoPlans)).toEqual({});
      const errors = errorsWith({ ...cards, secondaryCardBack: fakeFile("d.jpg", 1) }, twoPlans);
      expect(Object.keys(errors)).toEqual(["secondaryCardBack"]);
      expect(errors.secondaryCardBack).toHaveLength(1);
      expect(errors.secondaryCardBack![0]).toContain("they can be up to 20 MB in all");
    });

    it("does not count a second plan's cards when there is no second plan", () => {
      const { result, errors } = parse({
        ...twoPlans,
        hasSecondary: "no",
        cardFront: fakeFile("a.jpg", 9 * MB),
        cardBack: fakeFile("b.jpg", 9 * MB),
        secondaryCardFront: fakeFile("c.jpg", 9 * MB),
        secondaryCardBack: fakeFile("d.jpg", 9 * MB),
      });
      expect(errors).toEqual({});
      expect(result.data?.coverages.flatMap((c) => c.cards)).toHaveLength(2);
    });
  });
});

describe("insuranceSchema: what people really type and send", () => {
  it("reads full-width characters and typographic dashes in a member ID as plain ones", () => {
    const { result } = parse(withChanges(insured, { memberId: "ＸＪＨ１２３–４５６", groupNumber: "Ｇ−77" }));
    expect(result.success).toBe(true);
    expect(result.data?.coverages[0]).toMatchObject({ memberId: "XJH123-456", groupNumber: "G-77" });
  });

  it("reports a file too large on its own once, without a misleading total", () => {
    const errors = errorsWith({ cardFront: fakeFile("card.jpg", 25 * 1024 * 1024) });
    expect(errors.cardFront).toHaveLength(1);
    expect(errors.cardFront?.[0]).toMatch(/^This file is 25 MB; each file can be up to 10 MB/);
  });

  it("never rounds a size just over a limit down to the limit", () => {
    const errors = errorsWith({ cardFront: fakeFile("card.jpg", 10 * 1024 * 1024 + 1000) });
    expect(errors.cardFront?.[0]).toMatch(/^This file is 10\.1 MB/);
  });

  it.each([null, undefined])("rejects %s without throwing", (input) => {
    expect(parse(input).result.success).toBe(false);
  });
});
