/**
 * A stored request checked against its form's rules: the row is turned back into the answers a
 * person would have posted and parsed again with the shared schema. A valid row parses without
 * an issue and comes out unchanged (what was stored is already what the schema makes of it).
 * Works on Prisma rows (jest) and on raw SQLite rows (Playwright): only text columns are read,
 * and encrypted ones through `open`. Plain node only, nothing server-only.
 */
import type { z } from "zod";
import { appointmentSchema } from "@/lib/validation/appointment";
import { insuranceSchema } from "@/lib/validation/insurance";
import { asFile } from "./card-files";
import { disguised } from "./hostile";

type Text = string | null;

export type StoredAppointment = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  preferredContact: string;
  availableDays: string;
  availableTimes: string;
  treatment: string;
  patientStatus: string;
  referringClinician: Text;
  note: Text;
};

export type Reparsed = { issues: z.core.$ZodIssue[]; stored: unknown; again?: unknown; disguised: string[] };

const APPOINTMENT_COLUMNS = [
  "firstName", "lastName", "dateOfBirth", "phone", "email", "preferredContact", "availableDays",
  "availableTimes", "treatment", "patientStatus", "referringClinician", "note",
] as const;

/** One-line texts holding no disguising character, and the note (which may have lines). */
const disguisedIn = (lines: Text[], texts: Text[] = []) => [
  ...lines.filter((v): v is string => v !== null && disguised(v)),
  ...texts.filter((v): v is string => v !== null && disguised(v, { lines: true })),
];

export function reparseAppointment(row: StoredAppointment): Reparsed {
  const stored = Object.fromEntries(APPOINTMENT_COLUMNS.map((c) => [c, row[c]]));
  const parsed = appointmentSchema.safeParse({
    ...stored,
    availableDays: row.availableDays.split(","),
    availableTimes: row.availableTimes.split(","),
    referringClinician: row.referringClinician ?? "",
    note: row.note ?? "",
    consentToContact: "on",
    acknowledgeNotEmergency: "on",
  });
  const data = parsed.data;
  return {
    issues: parsed.error?.issues ?? [],
    stored,
    again: data && {
      ...Object.fromEntries(APPOINTMENT_COLUMNS.map((c) => [c, data[c]])),
      availableDays: data.availableDays.join(","),
      availableTimes: data.availableTimes.join(","),
      referringClinician: data.referringClinician || null,
      note: data.note || null,
    },
    disguised: disguisedIn([row.firstName, row.lastName, row.email, row.phone, row.referringClinician], [row.note]),
  };
}

export type StoredInsurance = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  treatment: string;
  coverageType: string;
  /** Whether consent to verify was recorded. */
  consented: boolean;
  coverages: { rank: string; carrier: string; carrierName: string; planType: string; relationship: string; memberId: string; groupNumber: Text; policyholder: Text }[];
  /** The cards' bytes, decrypted. */
  cards: { rank: string; side: string; mediaType: string; bytes: Uint8Array }[];
};

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/heic": "heic", "image/heif": "heif", "application/pdf": "pdf" };

/** `open(rank, what, sealed)` decrypts one encrypted column of a plan. */
export async function reparseInsurance(row: StoredInsurance, open: (rank: string, what: string, sealed: string) => string): Promise<Reparsed> {
  const prefixed = (rank: string, name: string) => (rank === "primary" ? name : `secondary${name[0]!.toUpperCase()}${name.slice(1)}`);
  const { firstName, lastName, dateOfBirth, phone, email, treatment, coverageType } = row;
  const answers: Record<string, unknown> = {
    firstName,
    lastName,
    dateOfBirth,
    phone,
    email,
    treatment,
    coverageType,
    hasSecondary: row.coverages.length > 1 ? "yes" : "no",
    consentToVerify: row.consented ? "on" : "",
  };
  const plans = [...row.coverages]
    .sort((a, b) => (a.rank === "primary" ? -1 : b.rank === "primary" ? 1 : 0))
    .map((c) => {
      const policyholder = c.policyholder ? (JSON.parse(open(c.rank, "policyholder", c.policyholder)) as { name: string; dateOfBirth: string }) : undefined;
      const plan = {
        rank: c.rank,
        carrier: c.carrier,
        carrierName: c.carrierName,
        planType: c.planType,
        memberId: open(c.rank, "memberId", c.memberId),
        groupNumber: c.groupNumber ? open(c.rank, "groupNumber", c.groupNumber) : undefined,
        relationship: c.relationship,
        policyholder,
      };
      const set = (name: string, value: unknown) => void (answers[prefixed(c.rank, name)] = value);
      set("carrier", plan.carrier);
      if (plan.carrier === "other") set("carrierOther", plan.carrierName);
      set("planType", plan.planType);
      set("memberId", plan.memberId);
      set("groupNumber", plan.groupNumber ?? "");
      set("relationship", plan.relationship);
      set("policyholderName", policyholder?.name ?? "");
      set("policyholderDateOfBirth", policyholder?.dateOfBirth ?? "");
      return plan;
    });
  for (const card of row.cards) {
    answers[prefixed(card.rank, card.side === "front" ? "cardFront" : "cardBack")] = asFile(card.bytes, `card.${EXTENSIONS[card.mediaType] ?? "unknown"}`);
  }

  const parsed = await insuranceSchema.safeParseAsync(answers);
  const data = parsed.data;
  const cardsOf = (cards: { rank: string; side: string }[]) => cards.map((c) => `${c.rank}-${c.side}`).sort();
  return {
    issues: parsed.error?.issues ?? [],
    stored: { patient: { firstName, lastName, dateOfBirth, phone, email }, treatment, coverageType, plans, cards: cardsOf(row.cards), consented: row.consented },
    again: data && {
      patient: data.patient,
      treatment: data.treatment,
      coverageType: data.coverageType,
      plans: data.coverages.map(({ cards: _cards, ...plan }) => plan),
      cards: cardsOf(data.coverages.flatMap((c) => c.cards.map((card) => ({ rank: c.rank, side: card.side })))),
      consented: data.coverages.length > 0,
    },
    disguised: disguisedIn([firstName, lastName, email, phone, ...plans.flatMap((p) => [p.carrierName, p.memberId, p.groupNumber ?? null, p.policyholder?.name ?? null])]),
  };
}
