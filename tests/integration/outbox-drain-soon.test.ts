/**
 * The drain each submission's `after()` asks for: a burst of submissions shares one drain per
 * process, which goes round until nothing due is left, and every email is delivered once.
 */
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { coalescedDrain, drainOutbox } from "@/lib/mail/outbox.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { uniqueAppointmentAnswers } from "@/tests/helpers/faults";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { SITE, formData, roomyLimiter } from "@/tests/helpers/submissions";

const SUBMISSIONS = 30; // 60 emails: more than one batch of 50

describe.each(providers)("a coalesced drain on %s", (provider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    t = await createTestDb(provider);
  });
  afterEach(() => t.cleanup());

  it("serves a burst with one drain at a time and delivers every email once", async () => {
    const deps = { db: async () => t.db, limiter: roomyLimiter(), clientKey: "203.0.113.9" };
    for (let i = 0; i < SUBMISSIONS; i++) expect((await submitAppointment(formData(uniqueAppointmentAnswers()), deps)).ok).toBe(true);
    const mailer = createSmtpMailer(smtp.url, 2000);
    let drains = 0;
    const drainSoon = coalescedDrain((limit) => {
      drains++;
      return drainOutbox(t.db, mailer, { limit, siteUrl: SITE });
    });

    // What the after() of every request of a burst does, all at once.
    const calls = Array.from({ length: SUBMISSIONS }, () => drainSoon());
    expect(new Set(calls).size).toBe(1);
    await Promise.all(calls);
    // 60 emails in batches of 50, plus the round asked for while the first one ran.
    expect(drains).toBeLessThanOrEqual(4);

    const emails = await t.db.outboxEmail.findMany({ select: { id: true, status: true } });
    expect(emails).toHaveLength(SUBMISSIONS * 2);
    expect(emails.filter((e) => e.status !== "sent")).toEqual([]);
    await smtp.waitFor(SUBMISSIONS * 2);
    const ids = smtp.messages.map((m) => /^<([^@]+)@/.exec(m.headers["message-id"] ?? "")?.[1]);
    expect(ids).toHaveLength(SUBMISSIONS * 2);
    expect(new Set(ids)).toEqual(new Set(emails.map((e) => e.id)));

    // Once it has finished, the next call starts a new drain.
    const next = drainSoon();
    expect(next).not.toBe(calls[0]);
    await next;
    smtp.messages.length = 0;
  });
});
