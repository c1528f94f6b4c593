/**
 * The same form sent 50 times at once (a double click, a browser resending, a flaky network),
 * against real databases and a real SMTP server: every post is answered with the same
 * reference, the request is stored once with one set of emails, and with the `after()` drain
 * of every post and the periodic loop all racing, the staff and the patient get one email each.
 */
import { randomUUID } from "node:crypto";
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { drainOutbox } from "@/lib/mail/outbox.server";
import { generateKeySpec, parseKeyRing } from "@/lib/security/encryption.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { submitInsurance } from "@/lib/submissions/insurance.server";
import type { SubmitResult } from "@/lib/submissions/submit-form.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { PATIENT_DATA, captureLogs } from "@/tests/helpers/faults";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { appointmentAnswers, cardFiles, insuranceAnswers } from "@/tests/helpers/staff";
import { SITE, STAFF, formData, roomyLimiter } from "@/tests/helpers/submissions";

const TIMES = 50;

describe.each(providers)(`the same form sent ${TIMES} times at once on %s`, (provider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  const deps = () => ({ db: async () => t.db, limiter: roomyLimiter(), clientKey: "203.0.113.7" });

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    t = await createTestDb(provider);
    smtp.messages.length = 0;
  });
  afterEach(() => t.cleanup());

  /** Sends the form TIMES times at once; every post must get the same reference back. */
  async function sendTogether(send: () => Promise<SubmitResult<string>>): Promise<string> {
    const results = await Promise.all(Array.from({ length: TIMES }, send));
    const references = new Set(results.map((r) => (r.ok ? r.reference : "error")));
    expect([...references]).toHaveLength(1);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    return [...references][0]!;
  }

  /** The `after()` drain of every post and two instances' periodic loops, all at once. */
  async function deliver(reference: string): Promise<void> {
    const mailer = createSmtpMailer(smtp.url, 10_000);
    const drain = (only?: string) => drainOutbox(t.db, mailer, { reference: only, siteUrl: SITE });
    const reports = await Promise.all([drain(), drain(), ...Array.from({ length: TIMES }, () => drain(reference))]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    expect(reports.every((r) => r.retrying === 0 && r.failed === 0)).toBe(true);
  }

  /** Exactly one message to the staff and one to the patient, each its own outbox row, without patient data. */
  async function expectOneEmailEach(reference: string, patientEmail: string): Promise<void> {
    const rows = await t.db.outboxEmail.findMany({ where: { reference } });
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent"]);
    // Every send has finished once the drains have: the server records a message before it answers.
    expect(smtp.messages.map((m) => m.to).sort()).toEqual([[STAFF], [patientEmail]].sort());
    expect(smtp.messages.map((m) => m.headers["message-id"]).sort()).toEqual(rows.map((row) => `<${row.id}@cedarlane.example.test>`).sort());
    for (const message of smtp.messages) {
      expect(message.subject).toContain(reference);
      expect(`${message.subject}\n${message.text}\n${message.html}`).not.toMatch(PATIENT_DATA);
    }
  }

  it("stores an appointment request once and emails the staff and the patient once", async () => {
    const logs = captureLogs();
    const answers = appointmentAnswers({ idempotencyKey: randomUUID() });
    const reference = await sendTogether(() => submitAppointment(formData(answers), deps()));

    expect(await t.db.appointmentRequest.count()).toBe(1);
    expect(await t.db.outboxEmail.count()).toBe(2);
    await deliver(reference);
    await expectOneEmailEach(reference, String(answers.email));
    expect(logs().match(/"appointment\.duplicate"/g)).toHaveLength(TIMES - 1);
    expect(logs()).not.toMatch(PATIENT_DATA);
    jest.restoreAllMocks();
  }, 30_000);

  it("stores an insurance request with its card images once and emails the staff and the patient once", async () => {
    const logs = captureLogs();
    const keys = parseKeyRing(generateKeySpec("test"));
    const answers = insuranceAnswers({ idempotencyKey: randomUUID() });
    // Each post carries its own copy of the same two photos, as a resent form does.
    const reference = await sendTogether(() => submitInsurance(formData(answers, cardFiles()), { ...deps(), keys }));

    const stored = {
      requests: await t.db.insuranceRequest.count(),
      coverages: await t.db.insuranceCoverage.count(),
      cards: await t.db.insuranceCard.count(),
      emails: await t.db.outboxEmail.count(),
    };
    expect(stored).toEqual({ requests: 1, coverages: 2, cards: 2, emails: 2 });
    await deliver(reference);
    await expectOneEmailEach(reference, String(answers.email));
    expect(logs().match(/"insurance\.duplicate"/g)).toHaveLength(TIMES - 1);
    expect(logs()).not.toMatch(PATIENT_DATA);
    jest.restoreAllMocks();
  }, 30_000);
});
