/** Staff accounts for integration tests, made the way a person makes them: command, set-up link, authenticator app. */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import type { KeyRing } from "@/lib/security/encryption.server";
import { beginSetup, cookieHeader, createStaffAccount, finishSetup } from "@/lib/staff/accounts.server";
import { createAuth, type StaffAuth } from "@/lib/staff/auth.server";
import type { Client } from "@/lib/staff/client.server";
import type { Role } from "@/lib/staff/roles";
import { staffFromHeaders, type Staff } from "@/lib/staff/session.server";
import { createSignInLimiter, signInWithPassword, verifyCode, type SignInDeps } from "@/lib/staff/sign-in.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { submitInsurance } from "@/lib/submissions/insurance.server";
import { newReference } from "@/lib/submissions/reference";
import { JPEG, PNG, asFile } from "./card-files";
import { createTestDb, type TestDb } from "./db";
import { formData, roomyLimiter, yearsAgo } from "./submissions";
import { secretOf, totp } from "./totp";

export const CLIENT: Client = { ip: "192.0.2.10", userAgent: "jest" };
export const PASSWORD = "correct horse battery staple";

export function testAuth(db: Db, provider: DatabaseProvider): StaffAuth {
  return createAuth(db, provider, { secret: "test-secret-test-secret-test-secret-0123", baseURL: "https://clinic.example.test" });
}

export function signInDeps(db: Db, provider: DatabaseProvider): SignInDeps {
  return { auth: testAuth(db, provider), db, limiter: createSignInLimiter(db, { sweep: false }) };
}

export { secretOf, totp } from "./totp";

/**
 * A fresh database and sign-in dependencies for every test of the enclosing `describe`.
 * Read `ctx.t`, `ctx.db` and `ctx.deps` inside tests and hooks (they change per test).
 */
export function useStaffDb(provider: DatabaseProvider): { t: TestDb; db: Db; deps: SignInDeps } {
  const ctx = {} as { t: TestDb; db: Db; deps: SignInDeps };
  beforeEach(async () => {
    ctx.t = await createTestDb(provider);
    ctx.db = ctx.t.db;
    ctx.deps = signInDeps(ctx.db, provider);
  });
  afterEach(() => ctx.t.cleanup());
  return ctx;
}

export type TestStaff = { email: string; password: string; secret: string; userId: string };

let counter = 0;

/** Creates an account and finishes its set-up (password and authenticator), as `staff:create` and the link do. */
export async function enrolStaff(auth: StaffAuth, db: Db, role: Role = "front-desk", email = `staff${++counter}@cedarlane.example.test`): Promise<TestStaff> {
  const { userId, token } = await createStaffAccount(db, { email, name: `Staff ${counter}`, role }, { kind: "cli" });
  const enrolment = await beginSetup(auth, db, token, PASSWORD);
  if (!enrolment) throw new Error("set-up link not accepted");
  const secret = secretOf(enrolment.totpURI);
  const done = await finishSetup(auth, db, token, totp(secret), cookieHeader(enrolment.setCookies), CLIENT);
  if (!done.ok) throw new Error(`set-up failed: ${done.reason}`);
  return { email, password: PASSWORD, secret, userId };
}

/** The password step, as the sign-in form posts it. */
export const passwordStep = (deps: SignInDeps, email: string, password: string) =>
  signInWithPassword(deps, { email, password }, new Headers(), CLIENT);

/** Signs in with password and code; returns the Set-Cookie headers of both steps. */
export async function signInSteps(deps: SignInDeps, who: TestStaff): Promise<{ password: string[]; code: string[] }> {
  const first = await passwordStep(deps, who.email, who.password);
  if (!first.ok) throw new Error(`password step failed: ${first.reason}`);
  const second = await verifyCode(deps, totp(who.secret), cookieHeader(first.setCookies), CLIENT);
  if (!second.ok) throw new Error(`code step failed: ${second.reason}`);
  return { password: first.setCookies, code: second.setCookies };
}

/** Signs in with password and code; returns the Cookie header of the new session. */
export async function signIn(deps: SignInDeps, who: TestStaff): Promise<Headers> {
  return cookieHeader((await signInSteps(deps, who)).code);
}

export async function signedInStaff(deps: SignInDeps, who: TestStaff): Promise<Staff> {
  const staff = await staffFromHeaders(deps.auth, deps.db, await signIn(deps, who));
  if (!staff) throw new Error("session not accepted");
  return staff;
}

/** An enrolled, signed-in staff member of `role`. */
export async function staffMember(deps: SignInDeps, role: Role = "front-desk"): Promise<Staff> {
  return signedInStaff(deps, await enrolStaff(deps.auth, deps.db, role));
}

/**
 * A six-digit code the authenticator app is not showing: unlike any code within two
 * 30-second steps of now, so better-auth's clock-drift window cannot accept it.
 */
export function wrongCode(secret: string, at = Date.now()): string {
  const near = new Set([-2, -1, 0, 1, 2].map((step) => totp(secret, at + step * 30_000)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!near.has(code)) return code;
  }
}

/** The raw Set-Cookie header that sets `name`, if any. */
export const setCookieNamed = (setCookies: string[], name: string) => setCookies.find((c) => c.startsWith(`${name}=`));

/** Audit rows of one action, oldest first, with `detail` parsed. */
export async function auditEvents(db: Db, action: string) {
  const rows = await db.auditEvent.findMany({ where: { action }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ ...row, detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null }));
}

// --- requests, submitted the way patients submit them ---

/** An appointment form's answers; `overrides` replace any of them. */
export function appointmentAnswers(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const tag = randomUUID().slice(0, 6).replace(/\d/g, "x");
  return {
    firstName: `Marisol${tag}`,
    lastName: `Quenneville-${tag}`,
    dateOfBirth: yearsAgo(37),
    phone: "541-555-0177",
    email: `patient.${tag}@example.test`,
    preferredContact: "text",
    availableDays: ["tue", "thu"],
    availableTimes: ["evening"],
    treatment: "esketamine",
    patientStatus: "new",
    referringClinician: "Dr. Okonkwo",
    note: "Worried about side effects",
    consentToContact: "on",
    acknowledgeNotEmergency: "on",
    ...overrides,
  };
}

/** An insurance form's answers: a primary plan the patient holds and a secondary held by a spouse. */
export function insuranceAnswers(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const tag = randomUUID().slice(0, 6).replace(/\d/g, "x");
  return {
    firstName: `Teodora${tag}`,
    lastName: `Vashchenko-${tag}`,
    dateOfBirth: yearsAgo(44),
    phone: "541-555-0188",
    email: `insured.${tag}@example.test`,
    treatment: "iv-ketamine",
    coverageType: "employer",
    carrier: "regence",
    planType: "ppo",
    memberId: "XQM4821977",
    groupNumber: "GRP-5521-904",
    relationship: "self",
    hasSecondary: "yes",
    secondaryCarrier: "aetna",
    secondaryPlanType: "hmo",
    secondaryMemberId: "ZSM0031231",
    secondaryGroupNumber: "SG-7781-612",
    secondaryRelationship: "spouse",
    secondaryPolicyholderName: "Anselm Vashchenko",
    secondaryPolicyholderDateOfBirth: yearsAgo(46),
    consentToVerify: "on",
    ...overrides,
  };
}

/** Card photos for the primary plan: front JPEG, back PNG. */
export const cardFiles = () => ({ cardFront: asFile(JPEG, "front.jpg", "image/jpeg"), cardBack: asFile(PNG, "back.png", "image/png") });

/** Submits an appointment request through the real form handler; returns its reference. */
export async function submitAppointmentRequest(db: Db, answers = appointmentAnswers()): Promise<string> {
  const result = await submitAppointment(formData(answers), { db: async () => db, limiter: roomyLimiter(), clientKey: "203.0.113.7" });
  if (!result.ok) throw new Error(`appointment not stored: ${JSON.stringify(result.state)}`);
  return result.reference;
}

/** Submits an insurance request (with card photos) through the real form handler; returns its reference. */
export async function submitInsuranceRequest(db: Db, keys: KeyRing, answers = insuranceAnswers(), files: Record<string, File> = cardFiles()): Promise<string> {
  const result = await submitInsurance(formData(answers, files), { db: async () => db, limiter: roomyLimiter(), clientKey: "203.0.113.7", keys });
  if (!result.ok) throw new Error(`insurance request not stored: ${JSON.stringify(result.state)}`);
  return result.reference;
}

const appointmentRow = (i: number) => ({
  reference: newReference("APT"),
  idempotencyKey: randomUUID(),
  firstName: "Rosalind",
  lastName: `Achterberg ${i}`,
  dateOfBirth: "1986-04-12",
  phone: "(541) 555-0123",
  email: `rosalind.${i}@example.test`,
  preferredContact: "email",
  availableDays: "mon,wed",
  availableTimes: "morning",
  treatment: "kap",
  patientStatus: "returning",
  status: "new",
  consentToContactAt: new Date("2026-11-20T17:00:00Z"),
  createdAt: new Date("2026-11-20T17:00:00Z"),
});

const insuranceRow = (i: number) => ({
  reference: newReference("INS"),
  idempotencyKey: randomUUID(),
  firstName: "Ignatius",
  lastName: `Oyelaran ${i}`,
  dateOfBirth: "1979-09-30",
  phone: "(541) 555-0166",
  email: `ignatius.${i}@example.test`,
  treatment: "im-ketamine",
  coverageType: "self-pay",
  status: "new",
  consentToVerifyAt: null as Date | null,
  createdAt: new Date("2026-11-20T17:00:00Z"),
});

/**
 * Rows as the forms would have stored them, for createMany (bulk data for paging, export and
 * retention tests): appointments, and self-pay insurance requests (no plans or cards).
 * `overrides(i)` changes row i.
 */
export function appointmentRows(count: number, overrides: (i: number) => Partial<ReturnType<typeof appointmentRow>> = () => ({})) {
  return Array.from({ length: count }, (_, i) => ({ ...appointmentRow(i), ...overrides(i) }));
}

export function insuranceRows(count: number, overrides: (i: number) => Partial<ReturnType<typeof insuranceRow>> = () => ({})) {
  return Array.from({ length: count }, (_, i) => ({ ...insuranceRow(i), ...overrides(i) }));
}
