/**
 * Where a submission's time goes inside the server, measured in this process with the app's own
 * modules against a real database and SMTP server: validation, the rate limiter, the store
 * (idempotency lookup plus one transaction) and, after the response, the outbox drain.
 * Needs `tsx --conditions=react-server` (the modules import server-only).
 */
import { randomUUID } from "node:crypto";
import { appointmentFields } from "./appointment";
import { median } from "./lighthouse";
import { percentile } from "./load";

export type Phase = { median: number; p95: number };
export type Phases = { runs: number; validate: Phase; limiter: Phase; submit: Phase; store: Phase; drain: Phase; query: Phase };

const summary = (values: number[]): Phase => ({ median: median(values), p95: percentile([...values].sort((a, b) => a - b), 95) });

export async function measurePhases(databaseUrl: string, smtpUrl: string, runs: number): Promise<Phases> {
  const { createDb } = await import("@/lib/db/client.server");
  const { appointmentForm, submitAppointment } = await import("@/lib/submissions/appointments.server");
  const { createSubmissionLimiter } = await import("@/lib/security/rate-limit.server");
  const { createSmtpMailer } = await import("@/lib/mail/mailer.server");
  const { drainOutbox } = await import("@/lib/mail/outbox.server");
  const { pickFields } = await import("@/lib/forms/form-data");

  const db = await createDb(databaseUrl);
  const mailer = createSmtpMailer(smtpUrl, 5000, { pool: true }); // as the app's
  const roomy = { points: 1e9, durationSeconds: 60 };
  const limiter = createSubmissionLimiter({ perClient: roomy, siteWide: roomy });
  const times = { validate: [] as number[], limiter: [] as number[], submit: [] as number[], drain: [] as number[], query: [] as number[] };
  try {
    for (let i = 0; i < runs + 20; i++) {
      const formData = new FormData();
      for (const [name, value] of appointmentFields()) formData.append(name, value);
      formData.append("idempotencyKey", randomUUID());
      const measured = i >= 20; // the first rounds warm up the JIT and the connections

      let started = performance.now();
      await appointmentForm.parse(pickFields(formData, appointmentForm.fields, appointmentForm.listFields), {});
      if (measured) times.validate.push(performance.now() - started);

      started = performance.now();
      await limiter.consume(`phase-${i}`);
      if (measured) times.limiter.push(performance.now() - started);

      started = performance.now();
      const result = await submitAppointment(formData, { db: async () => db, limiter, clientKey: "bench" });
      if (measured) times.submit.push(performance.now() - started);
      if (!result.ok) throw new Error(`the benchmark's appointment was refused: ${result.state.message}`);

      started = performance.now();
      const report = await drainOutbox(db, mailer, { reference: result.reference, siteUrl: "https://clinic.example.test" });
      if (measured) times.drain.push(performance.now() - started);
      if (report.sent === 0 || report.retrying + report.failed > 0) throw new Error(`the benchmark's emails were not sent: ${JSON.stringify(report)}`);

      // One indexed single-row read through Prisma: the unit every statement above pays.
      started = performance.now();
      await db.appointmentRequest.findUnique({ where: { reference: result.reference }, select: { id: true } });
      if (measured) times.query.push(performance.now() - started);
    }
  } finally {
    mailer.close();
    await db.$disconnect();
  }
  const store = times.submit.map((t, i) => t - times.validate[i]! - times.limiter[i]!);
  return {
    runs,
    validate: summary(times.validate),
    limiter: summary(times.limiter),
    submit: summary(times.submit),
    store: summary(store),
    drain: summary(times.drain),
    query: summary(times.query),
  };
}
