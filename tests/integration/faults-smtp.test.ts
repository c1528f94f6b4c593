/**
 * SMTP outages, against real databases and a real SMTP server: a server that refuses
 * connections, one that accepts them and never greets, a connection cut in the middle of a
 * message, and a server that refuses every recipient (550, then 451). 500 appointment requests
 * arrive during the outage; each person is told it worked, each request is stored with its
 * emails, and once SMTP is back every email is delivered exactly once, with no patient data in
 * any email or log line.
 */
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { drainOutbox } from "@/lib/mail/outbox.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { PATIENT_DATA, captureLogs, eachConcurrently, patientValues } from "@/tests/helpers/faults";
import { startSmtpServer, type SmtpMode, type TestSmtpServer } from "@/tests/helpers/smtp";
import { startSmtpFaultProxy, type NetworkFault, type SmtpFaultProxy } from "@/tests/helpers/smtp-faults";
import { appointmentAnswers } from "@/tests/helpers/staff";
import { SITE, formData, roomyLimiter } from "@/tests/helpers/submissions";

type Outage = { name: string; fault?: NetworkFault; mode?: SmtpMode; lastError?: string; timeoutMs?: number };

const OUTAGES: Outage[] = [
  // (Its error is Node's own, which jest's sandbox keeps errorFacts from naming: no lastError to compare.)
  { name: "connection refused", fault: "refuse" },
  // The one outage that costs a timeout per send: a short one keeps the test quick.
  { name: "never greets", fault: "silent", lastError: "Error ETIMEDOUT", timeoutMs: 300 },
  { name: "cut during DATA", fault: "cut-in-data", lastError: "Error ECONNECTION" },
  { name: "recipients refused (550 relaying denied)", mode: "reject-recipients", lastError: "Error EENVELOPE" },
  { name: "recipients refused (451 try later)", mode: "tempfail-recipients", lastError: "Error EENVELOPE" },
];
const PER_OUTAGE = 100;
/** Requests handled at once, like a busy server's overlapping actions and their after() drains. */
const CONCURRENCY = 25;

it("recognises every patient value the requests carry", () => {
  for (const value of patientValues()) expect(value).toMatch(PATIENT_DATA);
});

describe.each(providers)("SMTP outages on %s", (provider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  let proxy: SmtpFaultProxy;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    proxy = await startSmtpFaultProxy(smtp.port);
  });
  afterAll(async () => {
    await proxy.close();
    await smtp.stop();
  });
  beforeEach(async () => {
    t = await createTestDb(provider);
  });
  afterEach(() => t.cleanup());

  it("keeps and acknowledges 500 requests made during five kinds of outage, then delivers every email exactly once", async () => {
    const logs = captureLogs();
    const limiter = roomyLimiter();
    const references: string[] = [];

    for (const outage of OUTAGES) {
      await proxy.setFault(outage.fault ?? "none");
      smtp.setMode(outage.mode ?? "accept");
      // The app's mailer talks to the proxy; SMTP_TIMEOUT_MS is 10 s by default.
      const mailer = createSmtpMailer(proxy.url, outage.timeoutMs ?? 10_000);
      const cutsBefore = proxy.cuts;
      const during: string[] = [];

      await eachConcurrently([...Array(PER_OUTAGE).keys()], CONCURRENCY, async () => {
        const result = await submitAppointment(formData(appointmentAnswers()), { db: async () => t.db, limiter, clientKey: "203.0.113.7" });
        expect(result).toMatchObject({ ok: true, duplicate: false }); // what the person sees
        if (!result.ok) return;
        during.push(result.reference);
        // What the action's after() does for its own reference.
        expect(await drainOutbox(t.db, mailer, { reference: result.reference, siteUrl: SITE })).toEqual({ sent: 0, retrying: 2, failed: 0 });
      });

      const rows = await t.db.outboxEmail.findMany({ where: { reference: { in: during } } });
      expect(rows).toHaveLength(2 * PER_OUTAGE);
      expect(rows.filter((row) => row.status !== "pending" || row.attempts !== 1)).toEqual([]);
      if (outage.lastError) expect(new Set(rows.map((row) => row.lastError))).toEqual(new Set([outage.lastError]));
      if (outage.fault === "cut-in-data") expect(proxy.cuts - cutsBefore).toBe(2 * PER_OUTAGE);
      references.push(...during);
    }

    // Nothing got through, nothing was given up, and every request is stored with its two emails.
    expect(smtp.messages).toHaveLength(0);
    expect(logs()).not.toContain("email.failed");
    expect(new Set(references).size).toBe(OUTAGES.length * PER_OUTAGE);
    expect(await t.db.appointmentRequest.count()).toBe(references.length);
    const outbox = await t.db.outboxEmail.findMany();
    expect(outbox).toHaveLength(2 * references.length);
    expect(new Set(outbox.map((row) => row.reference))).toEqual(new Set(references));
    expect(outbox.filter((row) => PATIENT_DATA.test(row.lastError ?? ""))).toEqual([]);

    // SMTP is back. Each round, a periodic loop drains the whole outbox while every reference is
    // drained too (CONCURRENCY at a time); rounds are an hour apart, so whatever failed is due again.
    await proxy.setFault("none");
    smtp.setMode("accept");
    const mailer = createSmtpMailer(proxy.url, 10_000);
    for (let hour = 1; (await t.db.outboxEmail.count({ where: { status: "pending" } })) > 0; hour++) {
      if (hour > 5) throw new Error("the outbox did not empty after the outage");
      const now = new Date(Date.now() + hour * 3_600_000);
      const drain = (reference?: string) => drainOutbox(t.db, mailer, { now, reference, siteUrl: SITE });
      await Promise.all([drain(), eachConcurrently(references, CONCURRENCY, async (reference) => void (await drain(reference)))]);
    }

    expect(await t.db.outboxEmail.count({ where: { status: "sent" } })).toBe(outbox.length);
    // Exactly one message per outbox row, to its recipient, with its reference: the Message-ID is the row's id.
    const byId = new Map(outbox.map((row) => [`<${row.id}@cedarlane.example.test>`, row]));
    const received = smtp.messages.map((message) => message.headers["message-id"]);
    expect(received).toHaveLength(outbox.length);
    expect(new Set(received)).toEqual(new Set(byId.keys()));
    for (const message of smtp.messages) {
      const row = byId.get(message.headers["message-id"]!)!;
      expect(message.to).toEqual([row.recipient]);
      expect(message.subject).toContain(row.reference);
      expect(`${message.subject}\n${message.text}\n${message.html}`).not.toMatch(PATIENT_DATA);
    }
    expect(logs()).not.toMatch(PATIENT_DATA);
    jest.restoreAllMocks();
  }, 60_000);
});
