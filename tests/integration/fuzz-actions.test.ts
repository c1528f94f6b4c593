/**
 * Property-based fuzzing (fast-check) of both form handlers, against real databases (SQLite,
 * and PostgreSQL when TEST_POSTGRES_URL is set) and a real SMTP server. Thousands of hostile
 * posts (tests/helpers/hostile.ts) in all; for every one of them:
 * - the handler returns, never throws: a stored request, or an error state whose message and
 *   field errors are sentences that name none of the submitted values;
 * - a refused post stores nothing, and nothing fails inside (no "problem on our side");
 * - an accepted post stores a row that keeps every rule of the form: read back (and decrypted)
 *   it passes the shared schema again unchanged, and holds no control, format or other
 *   disguising character, checked independently of the schema: invisible characters pasted
 *   into an answer are cleaned away (lib/validation/clean-text.ts), not refused and not stored;
 * - no log line and no email (the outbox drained through SMTP) contains a submitted value.
 * One database per property; the number of runs keeps the file under a minute on both providers.
 */
import fc from "fast-check";
import type { Db } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import { correctFieldsMessage, type FormState } from "@/lib/forms/form-state";
import { logger } from "@/lib/log/logger.server";
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { drainOutbox, type DrainReport } from "@/lib/mail/outbox.server";
import { decryptBytes, decryptText, generateKeySpec, parseKeyRing } from "@/lib/security/encryption.server";
import { createSubmissionLimiter } from "@/lib/security/rate-limit.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { encryptionContext, submitInsurance } from "@/lib/submissions/insurance.server";
import type { SubmitResult } from "@/lib/submissions/submit-form.server";
import { readCardFile } from "@/lib/uploads/card-files.server";
import { APPOINTMENT_FIELDS, CONTACT_METHODS, PATIENT_STATUSES } from "@/lib/validation/appointment";
import { CARD_FILES_TOTAL_MAX_BYTES } from "@/lib/uploads/limits";
import { CARRIERS, COVERAGE_TYPES, INSURANCE_FIELDS, PLAN_TYPES, RELATIONSHIPS } from "@/lib/validation/insurance";
import { clinic } from "@/lib/clinic";
import { asFile } from "@/tests/helpers/card-files";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { appointmentPost, disguised, distinctiveValues, emailTemplateText, insurancePost, toFormData, valuesIn, withoutIdentifiers, type Post } from "@/tests/helpers/hostile";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { reparseAppointment, reparseInsurance, type Reparsed } from "@/tests/helpers/stored-requests";
import { SITE } from "@/tests/helpers/submissions";

/** Posts per property and provider: 1,920 in all (the file: 37–44 s on both providers, 20–30 s on SQLite alone, measured on 2 busy cores). */
const RUNS = { appointment: 500, insurance: 400, notAForm: 60 };
/** A bound for a failing run, whose shrinking takes longer than passing. */
const TIMEOUT_MS = 120_000;

const LOG_EVENTS = [
  ...["stored", "duplicate", "honeypot", "rate_limited", "store_failed"].flatMap((e) => [`appointment.${e}`, `insurance.${e}`]),
  ...["email.sent", "email.retry", "email.failed"],
];
/** Everything a log line of the submission flow and the outbox may hold. */
const LOG_KEYS = ["event", "reference", "outboxId", "template", "attempts", "errorName", "errorCode"];

/**
 * What emails and log lines say whatever was typed: the templates and the events named in log
 * lines. A submitted value found there ("Thank", "email") proves nothing, so it is not looked
 * for (see distinctiveValues).
 */
const OUTPUT_VOCABULARY = [emailTemplateText(SITE), ...LOG_EVENTS].join("\n");

/** Messages also name the form's choices ("Enter an email address" when "email" was the contact method chosen). */
const MESSAGE_VOCABULARY = [
  OUTPUT_VOCABULARY,
  ...[CONTACT_METHODS, PATIENT_STATUSES, COVERAGE_TYPES, PLAN_TYPES, RELATIONSHIPS, clinic.contactWindows].flatMap((items) => items.map((i) => `${i.id} ${i.label}`)),
  ...[...clinic.treatments, ...CARRIERS].map((i) => `${i.id} ${i.name}`),
  ...clinic.contactDays,
].join("\n");
/** Messages are English sentences: a value shorter than this may be one of their words ("name", "file"). */
const MESSAGE_VALUE_MIN_LENGTH = 8;

/** A message a person reads: a capitalised sentence on one line, with its full stop. */
const SENTENCE = /^\p{Lu}[^\n]*[.?!]$/u;

/** Large enough for every run of a property, shrinking included; the limits have their own tests. */
const unlimited = () =>
  createSubmissionLimiter({ perClient: { points: 1_000_000, durationSeconds: 60 }, siteWide: { points: 1_000_000, durationSeconds: 60 } });

function expectExplained(state: Extract<FormState, { status: "error" }>, fields: readonly string[], values: string[]) {
  expect(state.message).toMatch(SENTENCE);
  // The database is up: a hostile post that ends here found a crash, not a person's mistake.
  expect(state.message).not.toMatch(/problem on our side/);
  const errors = Object.entries(state.fieldErrors);
  for (const [field, message] of errors) {
    expect(fields).toContain(field);
    expect(message).toMatch(SENTENCE);
  }
  if (errors.length > 0) expect(state.message).toBe(correctFieldsMessage(errors.length));
  expect(valuesIn([state.message, ...errors.map(([, m]) => m)].join("\n"), values)).toEqual([]);
}

/**
 * The values in log lines (each a call such as `logger.info({ event, reference })`), after
 * checking that every line holds only the keys the flow logs.
 */
function logValues(lines: unknown[][]): string {
  return lines
    .flatMap((args) =>
      args.flatMap((arg) => {
        if (typeof arg !== "object" || arg === null) return [String(arg)];
        expect(LOG_KEYS).toEqual(expect.arrayContaining(Object.keys(arg)));
        return Object.values(arg).map(String);
      }),
    )
    .map(withoutIdentifiers)
    .join("\n");
}

/** A stored row that keeps the form's rules (tests/helpers/stored-requests.ts). */
function expectValid({ issues, stored, again, disguised }: Reparsed) {
  expect(issues).toEqual([]);
  expect(again).toEqual(stored);
  expect(disguised).toEqual([]);
}

describe.each(providers)("fuzzing the form handlers on %s", (provider: DatabaseProvider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  const keys = parseKeyRing(generateKeySpec("fuzz"));
  const logged: unknown[][] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    t = await createTestDb(provider);
    smtp.messages.length = 0;
    logged.length = 0;
    for (const level of ["info", "warn", "error"] as const) {
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await t.cleanup();
  });

  const deps = () => ({ db: async () => t.db, limiter: unlimited(), clientKey: "198.51.100.23", keys });
  const counts = async (db: Db) => ({
    requests: (await db.appointmentRequest.count()) + (await db.insuranceRequest.count()),
    coverages: await db.insuranceCoverage.count(),
    cards: await db.insuranceCard.count(),
    emails: await db.outboxEmail.count(),
  });

  /**
   * Runs the property over `runs` posts, then drains the outbox through the SMTP server and
   * looks for every submitted value in every email. Returns the references stored, and how
   * many of them were posted with invisible characters in a text answer (stored cleaned).
   */
  async function fuzz<Field extends string>(
    posts: fc.Arbitrary<Post>,
    runs: number,
    fields: readonly Field[],
    submit: (data: FormData) => Promise<SubmitResult<Field>>,
    expectValidRow: (reference: string) => Promise<void>,
  ) {
    const submitted = new Set<string>();
    /** References of the requests stored (not again as duplicates). */
    const stored: string[] = [];
    let cleaned = 0;
    await fc.assert(
      fc.asyncProperty(posts, async (post) => {
        const values = distinctiveValues(post, OUTPUT_VOCABULARY);
        values.forEach((v) => submitted.add(v));
        const before = await counts(t.db);
        const logStart = logged.length;

        const result = await submit(toFormData(post));

        if (result.ok) {
          await expectValidRow(result.reference);
          const after = await counts(t.db);
          expect({ requests: after.requests - before.requests, emails: after.emails - before.emails }).toEqual(
            result.duplicate ? { requests: 0, emails: 0 } : { requests: 1, emails: 2 },
          );
          if (!result.duplicate) stored.push(result.reference);
          // A form field holding an invisible character (a carriage return is a line break's half).
          const pasted = post.some(
            ([name, value]) => (fields as readonly string[]).includes(name) && typeof value === "string" && disguised(value.replace(/\r/g, ""), { lines: true }),
          );
          if (!result.duplicate && pasted) cleaned++;
        } else {
          expectExplained(result.state, fields, distinctiveValues(post, MESSAGE_VOCABULARY, MESSAGE_VALUE_MIN_LENGTH));
          expect(await counts(t.db)).toEqual(before);
        }
        expect(valuesIn(logValues(logged.slice(logStart)), values)).toEqual([]);
      }),
      { numRuns: runs },
    );

    // Each request's emails drained on their own, as after() does once the answer is sent, 16
    // at a time (the test SMTP server waits 0.1 s before its greeting); then nothing is left.
    const mailer = createSmtpMailer(smtp.url, 5000);
    const queue = [...stored];
    const reports: DrainReport[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let reference; (reference = queue.pop()); ) reports.push(await drainOutbox(t.db, mailer, { siteUrl: SITE, reference }));
      }),
    );
    expect(reports.filter((r) => r.retrying + r.failed > 0)).toEqual([]);
    expect(await drainOutbox(t.db, mailer, { siteUrl: SITE })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const messages = await smtp.waitFor(2 * stored.length);
    expect(messages).toHaveLength(2 * stored.length);
    for (const message of messages) {
      expect(valuesIn(withoutIdentifiers(`${message.subject}\n${message.text}\n${message.html}`), submitted)).toEqual([]);
    }
    expect(valuesIn(logValues(logged), submitted)).toEqual([]);
    return { stored, cleaned };
  }

  it("appointment: every hostile post is stored valid or refused with an explanation, and nothing leaks", async () => {
    const { stored, cleaned } = await fuzz(appointmentPost(), RUNS.appointment, APPOINTMENT_FIELDS, (data) => submitAppointment(data, deps()), async (reference) => {
      expectValid(reparseAppointment(await t.db.appointmentRequest.findUniqueOrThrow({ where: { reference } })));
    });
    // The posts reach the database, not only the validation; invisible characters too, cleaned.
    expect(stored.length).toBeGreaterThan(RUNS.appointment / 10);
    expect(cleaned).toBeGreaterThan(RUNS.appointment / 50);
  }, TIMEOUT_MS);

  it("insurance: every hostile post is stored valid or refused with an explanation, and nothing leaks", async () => {
    const { stored, cleaned } = await fuzz(insurancePost(), RUNS.insurance, INSURANCE_FIELDS, (data) => submitInsurance(data, deps()), async (reference) => {
      const row = await t.db.insuranceRequest.findUniqueOrThrow({ where: { reference }, include: { coverages: true, cards: true } });
      const cards = [];
      for (const card of row.cards) {
        const bytes = decryptBytes(keys, card.content, encryptionContext(reference, card.rank, `card-${card.side}`));
        expect(bytes.length).toBe(card.byteSize);
        // Read again, the bytes are what the stored media type says.
        expect(await readCardFile(asFile(bytes, "card"))).toMatchObject({ ok: true, content: { mediaType: card.mediaType } });
        cards.push({ ...card, bytes });
      }
      expect(cards.reduce((sum, c) => sum + c.bytes.length, 0)).toBeLessThanOrEqual(CARD_FILES_TOTAL_MAX_BYTES);
      expect(row.consentToVerifyAt !== null).toBe(row.coverageType !== "self-pay");
      const open = (rank: string, what: string, sealed: string) => decryptText(keys, sealed, encryptionContext(reference, rank, what));
      expectValid(await reparseInsurance({ ...row, consented: row.consentToVerifyAt !== null, cards }, open));
    });
    expect(stored.length).toBeGreaterThan(RUNS.insurance / 10);
    expect(cleaned).toBeGreaterThan(RUNS.insurance / 50);
  }, TIMEOUT_MS);

  it("a post whose arguments are not a form reads as an empty form, for both handlers", async () => {
    const empty = toFormData([["website", ""]]);
    const expected = {
      appointment: await submitAppointment(empty, deps()),
      insurance: await submitInsurance(empty, deps()),
    };
    const notAForm = fc.oneof(
      fc.constantFrom(undefined, null, "", "firstName=Ana", 0, new URLSearchParams("firstName=Ana&website="), new Map([["firstName", "Ana"]])),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(notAForm, async (argument) => {
        for (const [form, submit] of [
          ["appointment", submitAppointment],
          ["insurance", submitInsurance],
        ] as const) {
          const result = await (submit as (data: unknown, d: ReturnType<typeof deps>) => Promise<SubmitResult<string>>)(argument, deps());
          expect(result).toEqual(expected[form]);
        }
      }),
      { numRuns: RUNS.notAForm },
    );
    expect(expected.appointment).toMatchObject({ ok: false, state: { fieldErrors: { firstName: "Enter your first name." } } });
    expect(expected.insurance).toMatchObject({ ok: false, state: { fieldErrors: { coverageType: expect.any(String) } } });
    expect(await counts(t.db)).toEqual({ requests: 0, coverages: 0, cards: 0, emails: 0 });
  }, TIMEOUT_MS);
});
