/**
 * The appointment action's promises, against real databases (SQLite, and PostgreSQL when
 * TEST_POSTGRES_URL is set) and a real SMTP server: stored once, emailed once, no patient
 * data in any email or log line, nothing stored when anything is wrong.
 */
import { randomUUID } from "node:crypto";
import { createDb } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import { logger } from "@/lib/log/logger.server";
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { ATTEMPTS_BEFORE_GIVING_UP_ON_REFUSAL, backoffMs, drainOutbox } from "@/lib/mail/outbox.server";
import { createSubmissionLimiter, type SubmissionLimiter } from "@/lib/security/rate-limit.server";
import { submitAppointment } from "@/lib/submissions/appointments.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { SITE, STAFF, formData, roomyLimiter, yearsAgo } from "@/tests/helpers/submissions";

/** Distinctive values, so finding any of them in an email or a log line is unambiguous. */
function patient() {
  const tag = randomUUID().slice(0, 6);
  return {
    firstName: `Marisol${tag.replace(/\d/g, "x")}`,
    lastName: `Quenneville-${tag.replace(/\d/g, "q")}`,
    dateOfBirth: yearsAgo(37),
    phone: "541-555-0177",
    email: `patient.${tag}@example.test`,
    preferredContact: "text",
    availableDays: ["tue", "thu"],
    availableTimes: ["evening"],
    treatment: "esketamine",
    patientStatus: "new",
    referringClinician: `Dr. Okonkwo-${tag.replace(/\d/g, "z")}`,
    note: `Worried about side effects ${tag}`,
    consentToContact: "on",
    acknowledgeNotEmergency: "on",
  };
}
type Patient = ReturnType<typeof patient>;

/** What must never appear in an email body or subject, or in a log line. */
function secretsOf(p: Patient): string[] {
  return [p.firstName, p.lastName, p.dateOfBirth, p.phone, "5415550177", "555-0177", p.note, p.referringClinician, "esketamine", "Esketamine", p.email];
}

describe.each(providers)("appointment submission on %s", (provider: DatabaseProvider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  let limiter: SubmissionLimiter;
  const submit = (data: FormData, clientKey = "203.0.113.7") => submitAppointment(data, { db: async () => t.db, limiter, clientKey });
  const drain = (now = new Date()) => drainOutbox(t.db, createSmtpMailer(smtp.url, 2000), { now, siteUrl: SITE });
  const counts = async () => ({ requests: await t.db.appointmentRequest.count(), emails: await t.db.outboxEmail.count() });

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    t = await createTestDb(provider);
    limiter = roomyLimiter();
    smtp.messages.length = 0;
    smtp.setMode("accept");
  });
  afterEach(() => t.cleanup());

  it("stores one request and delivers a staff and a patient email that carry no patient data", async () => {
    const p = patient();
    const logged: unknown[] = [];
    for (const level of ["info", "warn", "error"] as const) {
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }

    const result = await submit(formData(p));
    expect(result).toMatchObject({ ok: true, duplicate: false });
    if (!result.ok) throw new Error("unreachable");
    expect(result.reference).toMatch(/^APT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const row = await t.db.appointmentRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({
      status: "new",
      firstName: p.firstName,
      phone: "(541) 555-0177",
      availableDays: "tue,thu",
      treatment: "esketamine",
    });
    expect(await counts()).toEqual({ requests: 1, emails: 2 });

    expect(await drain()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const messages = await smtp.waitFor(2);
    const staff = messages.find((m) => m.to.includes(STAFF));
    const toPatient = messages.find((m) => m.to.includes(p.email));
    expect(staff?.subject).toBe(`New appointment request ${result.reference}`);
    expect(staff?.text).toContain(`${SITE}/staff/submissions/${result.reference}`);
    expect(toPatient?.text).toContain(result.reference);
    expect(toPatient?.text).toContain("(541) 555-0142");

    for (const message of messages) {
      const shown = `${message.subject}\n${message.text}\n${message.html}`;
      for (const secret of secretsOf(p)) expect(shown).not.toContain(secret);
    }
    const logText = JSON.stringify(logged);
    expect(logText).toContain(result.reference);
    for (const secret of secretsOf(p)) expect(logText).not.toContain(secret);
    jest.restoreAllMocks();
  });

  it("keeps the request when SMTP is down and delivers each email exactly once when it is back", async () => {
    await smtp.stop();
    const result = await submit(formData(patient()));
    expect(result.ok).toBe(true); // the person still sees success

    const t0 = new Date();
    expect(await drain(t0)).toEqual({ sent: 0, retrying: 2, failed: 0 });
    const pending = await t.db.outboxEmail.findMany();
    expect(pending.every((e) => e.status === "pending" && e.attempts === 1 && e.nextAttemptAt > t0)).toBe(true);
    expect(await drain(t0)).toEqual({ sent: 0, retrying: 0, failed: 0 }); // backoff is respected

    await smtp.start();
    const later = new Date(t0.getTime() + backoffMs(1) + 1000);
    expect(await drain(later)).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(await drain(new Date(later.getTime() + 3_600_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await smtp.waitFor(2);
    expect(smtp.messages).toHaveLength(2);
    expect(await t.db.outboxEmail.count({ where: { status: "sent" } })).toBe(2);
  });

  it("retries after a temporary SMTP refusal and records no address in the error", async () => {
    const p = patient();
    smtp.setMode("tempfail");
    await submit(formData(p));
    const t0 = new Date();
    expect(await drain(t0)).toMatchObject({ retrying: 2 });
    const errors = (await t.db.outboxEmail.findMany()).map((e) => e.lastError ?? "");
    expect(errors.join(" ")).not.toContain(p.email);
    smtp.setMode("accept");
    expect(await drain(new Date(t0.getTime() + backoffMs(1) + 1000))).toMatchObject({ sent: 2 });
  });

  it("gives up on a message the server refuses for good after about an hour of retries, and only then logs an error", async () => {
    const errors: unknown[] = [];
    const warnings: unknown[] = [];
    jest.spyOn(logger, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
    jest.spyOn(logger, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args));
    smtp.setMode("reject");
    await submit(formData(patient()));

    // Each drain runs a second after the rows fall due, as the periodic loop would.
    const t0 = new Date();
    let now = t0;
    const attemptedAt: number[] = [];
    for (let attempt = 1; attempt < ATTEMPTS_BEFORE_GIVING_UP_ON_REFUSAL; attempt++) {
      attemptedAt.push(now.getTime());
      expect(await drain(now)).toEqual({ sent: 0, retrying: 2, failed: 0 });
      now = new Date(now.getTime() + backoffMs(attempt) + 1000);
    }
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(2 * 7);

    attemptedAt.push(now.getTime());
    expect(await drain(now)).toEqual({ sent: 0, retrying: 0, failed: 2 });
    const minutes = attemptedAt.map((at) => Math.floor((at - t0.getTime()) / 30_000) / 2);
    expect(minutes).toEqual([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5]);
    const rows = await t.db.outboxEmail.findMany();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([["failed", 8], ["failed", 8]]);
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(errors)).toContain("email.failed");
    smtp.setMode("accept");
    expect(await drain(new Date(now.getTime() + 24 * 3_600_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(0);
    jest.restoreAllMocks();
  });

  it("sends each email once when two drains run at the same time", async () => {
    await submit(formData(patient()));
    const reports = await Promise.all([drain(), drain(), drain()]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    await smtp.waitFor(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(2);
  });

  it("stores a resubmitted or double-clicked form once", async () => {
    const p = patient();
    const key = randomUUID();
    const first = await submit(formData({ ...p, idempotencyKey: key }));
    const again = await submit(formData({ ...p, idempotencyKey: key }));
    const racing = await Promise.all(Array.from({ length: 5 }, () => submit(formData({ ...p, idempotencyKey: key }))));

    expect(first).toMatchObject({ ok: true, duplicate: false });
    for (const r of [again, ...racing]) {
      expect(r).toMatchObject({ ok: true, duplicate: true, reference: first.ok ? first.reference : "" });
    }
    expect(await counts()).toEqual({ requests: 1, emails: 2 });
  });

  it("treats a changed answer sent from the same form view as a new request", async () => {
    const p = patient();
    const key = randomUUID();
    const first = await submit(formData({ ...p, idempotencyKey: key }));
    const edited = await submit(formData({ ...p, note: "Also, I can only talk after 5 pm", idempotencyKey: key }));
    expect(edited).toMatchObject({ ok: true, duplicate: false });
    expect(first.ok && edited.ok && first.reference !== edited.reference).toBe(true);
    expect(await counts()).toEqual({ requests: 2, emails: 4 });
  });

  it("rejects a filled honeypot visibly and stores nothing", async () => {
    const result = await submit(formData({ ...patient(), website: "http://cheap-pills.example" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.message).toContain("(541) 555-0142");
    expect(await counts()).toEqual({ requests: 0, emails: 0 });
  });

  it("rate-limits one client without blocking others", async () => {
    limiter = createSubmissionLimiter({ perClient: { points: 2, durationSeconds: 3600 }, siteWide: { points: 100, durationSeconds: 60 } });
    await submit(formData(patient()), "198.51.100.1");
    await submit(formData(patient()), "198.51.100.1");
    const third = await submit(formData(patient()), "198.51.100.1");
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.state.message).toMatch(/Too many requests.*try again in \d+ minutes?/);
    expect((await submit(formData(patient()), "198.51.100.2")).ok).toBe(true);
    expect(await counts()).toEqual({ requests: 3, emails: 6 });
  });

  it("holds the whole site to a ceiling even when client keys are forged", async () => {
    limiter = createSubmissionLimiter({ perClient: { points: 100, durationSeconds: 3600 }, siteWide: { points: 3, durationSeconds: 60 } });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await submit(formData(patient()), `forged-${i}`));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false]);
  });

  it("returns field errors and the typed values for invalid input, storing nothing", async () => {
    const p = { ...patient(), email: "not-an-email", dateOfBirth: yearsAgo(15) };
    const result = await submit(formData(p));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({
      email: expect.stringContaining("email address"),
      dateOfBirth: expect.stringContaining("adults only"),
    });
    expect(result.state.values).toMatchObject({ lastName: p.lastName, availableDays: ["tue", "thu"], email: "not-an-email" });
    expect(await counts()).toEqual({ requests: 0, emails: 0 });
  });

  it("ignores fields the form does not have", async () => {
    const result = await submit(
      formData({ ...patient(), status: "closed", reference: "APT-0000-0000", id: "attacker", $ACTION_ID_abc: "x", consentToContactAt: "1999-01-01" }),
    );
    expect(result.ok).toBe(true);
    const [row] = await t.db.appointmentRequest.findMany();
    expect(row).toMatchObject({ status: "new" });
    expect(row?.reference).not.toBe("APT-0000-0000");
    expect(row?.id).not.toBe("attacker");
  });

  it("shows a friendly error with the clinic's phone and keeps the values when the database is unreachable", async () => {
    const p = patient();
    const logged: unknown[] = [];
    jest.spyOn(logger, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const unreachable = provider === "postgres" ? "postgres://postgres@127.0.0.1:1/none" : "file:/proc/no-such-dir/clinic.db";

    const result = await submitAppointment(formData(p), { db: () => createDb(unreachable), limiter, clientKey: "x" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.message).toMatch(/problem on our side.*\(541\) 555-0142/);
    expect(result.state.values).toMatchObject({ firstName: p.firstName, note: p.note });
    expect(logged).toHaveLength(1);
    for (const secret of secretsOf(p)) expect(JSON.stringify(logged)).not.toContain(secret);
    jest.restoreAllMocks();
  });
});
