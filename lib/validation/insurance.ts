/**
 * The insurance verification request: one schema for the browser form and the server action.
 * Which questions apply depends on earlier answers (self-pay, who holds the policy, a second
 * plan), so answers to questions that do not apply are dropped before validation and the
 * ones that do are required afterwards.
 */
import "./zod-config";
import { z } from "zod";
import { clinic } from "@/lib/clinic";
import { CARD_FILE_MAX_BYTES, CARD_FILES_TOTAL_MAX_BYTES, megabytes } from "@/lib/uploads/limits";
import { cardFile, type CardFile } from "./card-file";
import { removeMessage } from "./clean-text";
import { choice, dateOfBirth, email, personName, phone, text } from "./fields";

const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id) as [T["id"], ...T["id"][]];

export const COVERAGE_TYPES = [
  { id: "employer", label: "Through an employer or a plan I bought (commercial)" },
  { id: "marketplace", label: "A Health Insurance Marketplace plan" },
  { id: "medicare", label: "Original Medicare" },
  { id: "medicare-advantage", label: "Medicare Advantage" },
  { id: "medicaid", label: "Medicaid (Oregon Health Plan)" },
  { id: "tricare-va", label: "TRICARE or VA" },
  { id: "other", label: "Other coverage" },
  { id: "self-pay", label: "No insurance, or I will pay for myself (self-pay)" },
] as const;

export const PLAN_TYPES = [
  { id: "hmo", label: "HMO" },
  { id: "ppo", label: "PPO" },
  { id: "epo", label: "EPO" },
  { id: "pos", label: "POS" },
  { id: "other", label: "Other" },
  { id: "not-sure", label: "Not sure" },
] as const;

export const RELATIONSHIPS = [
  { id: "self", label: "I am the policyholder" },
  { id: "spouse", label: "My spouse or partner" },
  { id: "parent", label: "My parent" },
  { id: "other", label: "Someone else" },
] as const;

export const YES_NO = [
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
] as const;

export const OTHER_CARRIER = { id: "other", name: "Other (not listed)" } as const;
export const CARRIERS = [...clinic.insurance.carriers, OTHER_CARRIER];

const MEMBER_NUMBER_MAX = 40;
/** One character of a member ID or group number as printed on a card. */
const MEMBER_NUMBER_CHARACTER = /^[A-Za-z0-9 -]$/;
const memberNumber = (label: string, required: boolean) => {
  const name = label.replace(/^the /, "");
  // Full-width digits and letters (some keyboards type them) become plain ones (NFKC, before
  // the length is checked: one compatibility character can become several, "ⅷ" is "viii"),
  // and dashes become hyphens.
  return text(label, { max: MEMBER_NUMBER_MAX, required, compatibility: true })
    .transform((v) => v.replace(/[\u2010-\u2015\u2212]/g, "-"))
    .pipe(
      z
        .string()
        .superRefine((v, ctx) => {
          if ([...v].every((c) => MEMBER_NUMBER_CHARACTER.test(c))) return;
          const message = `The ${name} can use letters, numbers, spaces and hyphens, as printed on the card. ${removeMessage(v, MEMBER_NUMBER_CHARACTER)}`;
          ctx.addIssue({ code: "custom", message });
        }),
    );
};

/** Unanswered: left out (a post), "" (a text input or select) or null (react-hook-form's unchecked radios). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** One insurance plan. Every question is optional here; `requireCoverage` says which apply. */
const coverageShape = {
  carrier: optional(choice(ids(CARRIERS), "Choose your insurance company, or “Other”.")),
  carrierOther: text("the insurance company's name", { max: 80, required: false }),
  planType: optional(choice(ids(PLAN_TYPES), "Choose the plan type, or “Not sure”.")),
  memberId: memberNumber("the member ID", false),
  groupNumber: memberNumber("the group number", false),
  relationship: optional(choice(ids(RELATIONSHIPS), "Tell us who holds the policy.")),
  policyholderName: personName("the policyholder's full name", { max: 120, required: false }),
  policyholderDateOfBirth: optional(dateOfBirth(clinic.timeZone, { label: "the policyholder's date of birth" })),
  cardFront: cardFile,
  cardBack: cardFile,
};
type CoverageKey = keyof typeof coverageShape;
type SecondaryKey<K extends string> = `secondary${Capitalize<K>}`;

const secondaryKey = <K extends CoverageKey>(key: K) => `secondary${key.charAt(0).toUpperCase()}${key.slice(1)}` as SecondaryKey<K>;
const COVERAGE_KEYS = Object.keys(coverageShape) as CoverageKey[];
const secondaryShape = Object.fromEntries(COVERAGE_KEYS.map((k) => [secondaryKey(k), coverageShape[k]])) as {
  [K in CoverageKey as SecondaryKey<K>]: (typeof coverageShape)[K];
};

const fieldsShape = {
  firstName: personName("your first name"),
  lastName: personName("your last name"),
  dateOfBirth: dateOfBirth(clinic.timeZone, { minimumAge: 18 }),
  phone,
  email,
  treatment: choice(ids(clinic.treatments), "Choose a treatment, or “Not sure yet”."),
  coverageType: choice(ids(COVERAGE_TYPES), "Choose how you are covered, or self-pay."),
  ...coverageShape,
  hasSecondary: optional(choice(ids(YES_NO), "Tell us whether you have a second insurance plan.")),
  ...secondaryShape,
  consentToVerify: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
};

export type InsuranceField = keyof typeof fieldsShape;
/** Every field, in the order the form shows them. */
export const INSURANCE_FIELDS = Object.keys(fieldsShape) as InsuranceField[];
export const CARD_FIELDS = ["cardFront", "cardBack", "secondaryCardFront", "secondaryCardBack"] as const satisfies InsuranceField[];
export type CardField = (typeof CARD_FIELDS)[number];
export const CARD_SIDES = { cardFront: "front", cardBack: "back" } as const;

type Raw = Record<string, unknown>;
const blank = (raw: Raw, keys: readonly string[]) => {
  for (const key of keys) delete raw[key];
};

/** The answers without those to questions that do not apply, so they can neither fail nor be stored. */
export function applicableAnswers(input: Record<string, unknown>): Record<string, unknown> {
  const raw: Raw = { ...input };
  const secondaryKeys = COVERAGE_KEYS.map(secondaryKey);
  if (raw.coverageType === "self-pay") {
    blank(raw, [...COVERAGE_KEYS, ...secondaryKeys, "hasSecondary", "consentToVerify"]);
    return raw;
  }
  if (raw.hasSecondary !== "yes") blank(raw, secondaryKeys);
  for (const key of ["", "secondary"] as const) {
    const k = (name: CoverageKey) => (key ? secondaryKey(name) : name);
    if (raw[k("carrier")] !== OTHER_CARRIER.id) blank(raw, [k("carrierOther")]);
    if (raw[k("relationship")] === "self") blank(raw, [k("policyholderName"), k("policyholderDateOfBirth")]);
  }
  return raw;
}

type Fields = z.output<z.ZodObject<typeof fieldsShape>>;

function requireAnswers(data: Fields, ctx: z.RefinementCtx) {
  if (typeof data !== "object" || data === null) return;
  const need = (field: InsuranceField, message: string) => {
    const value = data[field];
    if (value === undefined || value === "") ctx.addIssue({ code: "custom", path: [field], message });
  };
  // Until a person says how they are covered, we cannot tell which questions apply.
  if (!COVERAGE_TYPES.some((type) => type.id === data.coverageType && type.id !== "self-pay")) return;
  for (const prefix of ["", "secondary"] as const) {
    if (prefix && data.hasSecondary !== "yes") continue;
    const k = (name: CoverageKey): InsuranceField => (prefix ? secondaryKey(name) : name);
    const plan = prefix ? "your second plan" : "your plan";
    need(k("carrier"), `Choose the insurance company of ${plan}, or “Other”.`);
    if (data[k("carrier")] === OTHER_CARRIER.id) need(k("carrierOther"), "Enter the insurance company's name.");
    need(k("planType"), "Choose the plan type, or “Not sure”.");
    need(k("memberId"), "Enter the member ID shown on the card.");
    need(k("relationship"), "Tell us who holds the policy.");
    const relationship = data[k("relationship")];
    if (relationship != null && relationship !== "self") {
      need(k("policyholderName"), "Enter the policyholder's full name.");
      need(k("policyholderDateOfBirth"), "Enter the policyholder's date of birth.");
    }
  }
  need("hasSecondary", "Tell us whether you have a second insurance plan.");
  if (!data.consentToVerify) {
    ctx.addIssue({ code: "custom", path: ["consentToVerify"], message: "Please agree that we may contact your insurer to check your benefits." });
  }
  // A file too large on its own already says so; the total counts the others.
  const files = CARD_FIELDS.map((field) => data[field]).filter(
    (f): f is CardFile => typeof (f as CardFile | undefined)?.size === "number" && (f as CardFile).size <= CARD_FILE_MAX_BYTES,
  );
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > CARD_FILES_TOTAL_MAX_BYTES) {
    const last = CARD_FIELDS.findLast((field) => data[field] !== undefined) ?? "cardFront";
    ctx.addIssue({
      code: "custom",
      path: [last],
      message: `Together your card files are ${megabytes(total)}; they can be up to ${megabytes(CARD_FILES_TOTAL_MAX_BYTES)} in all. Choose smaller photos.`,
    });
  }
}

export type Coverage = {
  rank: "primary" | "secondary";
  carrier: string;
  carrierName: string;
  planType: string;
  memberId: string;
  groupNumber: string | undefined;
  relationship: string;
  policyholder: { name: string; dateOfBirth: string } | undefined;
  cards: { side: "front" | "back"; file: CardFile }[];
};

function coverageOf(data: Fields, rank: Coverage["rank"]): Coverage {
  const get = <K extends CoverageKey>(name: K) => data[rank === "primary" ? name : secondaryKey(name)] as Fields[K];
  const carrier = get("carrier") as string;
  const relationship = get("relationship") as string;
  return {
    rank,
    carrier,
    carrierName: carrier === OTHER_CARRIER.id ? get("carrierOther") : (CARRIERS.find((c) => c.id === carrier)?.name ?? carrier),
    planType: get("planType") as string,
    memberId: get("memberId"),
    groupNumber: get("groupNumber") || undefined,
    relationship,
    policyholder: relationship === "self" ? undefined : { name: get("policyholderName"), dateOfBirth: get("policyholderDateOfBirth") as string },
    cards: (["cardFront", "cardBack"] as const).flatMap((side) => {
      const file = get(side);
      return file ? [{ side: CARD_SIDES[side], file }] : [];
    }),
  };
}

export const insuranceSchema = z.preprocess(
  (input) => (typeof input === "object" && input !== null ? applicableAnswers(input as Raw) : input),
  z
    .object(fieldsShape)
    // Runs even when some answers are malformed, so a person sees every missing answer at once.
    .superRefine(requireAnswers, { when: () => true })
    .transform((data) => ({
      patient: { firstName: data.firstName, lastName: data.lastName, dateOfBirth: data.dateOfBirth, phone: data.phone, email: data.email },
      treatment: data.treatment,
      coverageType: data.coverageType,
      coverages:
        data.coverageType === "self-pay"
          ? []
          : [coverageOf(data, "primary"), ...(data.hasSecondary === "yes" ? [coverageOf(data, "secondary")] : [])],
    })),
);

export type InsuranceInput = z.input<z.ZodObject<typeof fieldsShape>>;
export type InsuranceRequest = z.output<typeof insuranceSchema>;
