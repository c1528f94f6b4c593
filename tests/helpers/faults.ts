/**
 * What the fault-injection tests (tests/integration/faults-*.test.ts) share: one pattern that
 * finds any patient value the request helpers make up, a capture of what the app logs, the
 * check for the error a person sees when the database fails, and bounded concurrency.
 */
import { randomUUID } from "node:crypto";
import { clinic } from "@/lib/clinic";
import { logger } from "@/lib/log/logger.server";
import type { SubmitResult } from "@/lib/submissions/submit-form.server";
import { appointmentAnswers, insuranceAnswers } from "./staff";
import { yearsAgo } from "./submissions";

/**
 * Matches every patient value appointmentAnswers() and insuranceAnswers() make up (each name
 * and address carries a fixed stem, the rest are constants), so one search of an email or of
 * the logs finds any request's data. tests/integration/faults-smtp.test.ts checks it does.
 */
export const PATIENT_DATA = new RegExp(
  [
    ...["Marisol", "Quenneville", "Okonkwo", "Worried about", "patient\\.[a-fx]{6}@", "541.?555.?0177", "esketamine"],
    ...["Teodora", "Vashchenko", "insured\\.[a-fx]{6}@", "541.?555.?0188", "XQM4821977", "GRP-5521-904", "ZSM0031231", "SG-7781-612", "iv-ketamine", "regence", "aetna"],
    ...[37, 44, 46].map(yearsAgo),
  ].join("|"),
  "i",
);

const APPOINTMENT_PATIENT_FIELDS = ["firstName", "lastName", "dateOfBirth", "phone", "email", "referringClinician", "note", "treatment"];
const INSURANCE_PATIENT_FIELDS = [
  ...["firstName", "lastName", "dateOfBirth", "phone", "email", "treatment", "carrier", "memberId", "groupNumber"],
  ...["secondaryCarrier", "secondaryMemberId", "secondaryGroupNumber", "secondaryPolicyholderName", "secondaryPolicyholderDateOfBirth"],
];

/** The answers of both forms that are the patient's own: names, birth dates, contact details, notes, plans. */
export function patientValues(): string[] {
  const appointment = appointmentAnswers();
  const insurance = insuranceAnswers();
  return [...APPOINTMENT_PATIENT_FIELDS.map((f) => appointment[f]), ...INSURANCE_PATIENT_FIELDS.map((f) => insurance[f])].map(String);
}

/** Letters only, unlike the helpers' tags (whose digits all become "x", so two can match). */
const uniqueTag = () => randomUUID().replace(/-/g, "").slice(0, 12).replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!);

/** An appointment form's answers whose last name no other request shares. */
export const uniqueAppointmentAnswers = () => appointmentAnswers({ lastName: `Quenneville-${uniqueTag()}` });

/** Records what the app logs at info, warn and error until `jest.restoreAllMocks()`; returns it as text. */
export function captureLogs(): () => string {
  const logged: unknown[] = [];
  for (const level of ["info", "warn", "error"] as const) {
    jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
  }
  return () => JSON.stringify(logged);
}

/** The database failed: the person is asked to try again or call, and what they typed comes back. */
export function expectFriendlyError(result: SubmitResult<string>, answers: Record<string, string | string[]>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.state.message).toContain("problem on our side");
  expect(result.state.message).toContain(clinic.phone.main);
  expect(result.state.values).toMatchObject({ firstName: answers.firstName, lastName: answers.lastName, email: answers.email });
}

/** Runs `fn` on every item, at most `concurrency` at a time. */
export async function eachConcurrently<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
