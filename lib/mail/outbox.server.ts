import "server-only";
import { clinic } from "@/lib/clinic";
import { db, type Db } from "@/lib/db/client.server";
import { siteUrl } from "@/lib/env.server";
import { errorFacts, logger } from "@/lib/log/logger.server";
import { renderEmail } from "@/lib/mail/templates";
import { mailer, type Mailer } from "@/lib/mail/mailer.server";

/** A claimed row is someone else's until its lease runs out (then a crashed sender's row is retried). */
const LEASE_MS = 2 * 60_000;
/** Stable per outbox row, so a receiver can recognise a message resent after a crash. */
const MESSAGE_ID_DOMAIN = clinic.email.frontDesk.split("@")[1];
const MAX_ATTEMPTS = 12; // 30 s doubling to an hour: about seven hours of retries

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60_000);
}

export type DrainOptions = { now?: Date; reference?: string; limit?: number; siteUrl?: string };
export type DrainReport = { sent: number; retrying: number; failed: number };

/**
 * Sends the due emails of the outbox. Each row is claimed with a conditional update before
 * it is sent, so two drains (the `after()` of a request and the periodic loop, or two
 * instances) never send the same row twice.
 */
export async function drainOutbox(db: Db, mailer: Mailer, options: DrainOptions = {}): Promise<DrainReport> {
  const now = options.now ?? new Date();
  const report: DrainReport = { sent: 0, retrying: 0, failed: 0 };
  const claimable = { status: "pending", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };

  const due = await db.outboxEmail.findMany({
    where: { ...claimable, ...(options.reference ? { reference: options.reference } : {}) },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
  });

  for (const row of due) {
    const claim = await db.outboxEmail.updateMany({
      where: { id: row.id, ...claimable },
      data: { lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
    });
    if (claim.count === 0) continue;
    const attempts = row.attempts + 1;
    const log = { outboxId: row.id, reference: row.reference, template: row.template, attempts };

    const email = renderEmail(row.template, { reference: row.reference, siteUrl: options.siteUrl ?? siteUrl() });
    const result = email
      ? await mailer.send({ to: row.recipient, ...email, messageId: `<${row.id}@${MESSAGE_ID_DOMAIN}>` })
      : ({ ok: false, error: new Error(`unknown template ${row.template}`) } as const);

    if (result.ok) {
      await db.outboxEmail.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null } });
      report.sent++;
      logger.info({ event: "email.sent", ...log });
      continue;
    }

    // Only the error's class and code are kept: SMTP replies can quote the recipient's address.
    const facts = errorFacts(result.error);
    const lastError = [facts.errorName, facts.errorCode].filter(Boolean).join(" ");
    const giveUp = attempts >= MAX_ATTEMPTS || !email;
    await db.outboxEmail.update({
      where: { id: row.id },
      data: giveUp
        ? { status: "failed", lockedUntil: null, lastError }
        : { nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)), lockedUntil: null, lastError },
    });
    if (giveUp) report.failed++;
    else report.retrying++;
    logger.warn({ event: giveUp ? "email.failed" : "email.retry", ...log, ...facts });
  }
  return report;
}

/**
 * Drains the outbox with the application's database and mailer, for the `after()` of a
 * submission, the periodic loop and the command line. Failures are logged, never thrown:
 * the rows stay pending and the next drain retries them.
 */
export async function drainAppOutbox(options: DrainOptions = {}): Promise<DrainReport | undefined> {
  try {
    return await drainOutbox(await db(), mailer(), options);
  } catch (err) {
    logger.error({ event: "outbox.drain_failed", reference: options.reference, ...errorFacts(err) });
    return undefined;
  }
}

const globalForLoop = globalThis as unknown as { outboxLoop?: NodeJS.Timeout };

/** Retries what `after()` could not send; one loop per process, never overlapping itself. */
export function startOutboxLoop(intervalMs: number): void {
  if (globalForLoop.outboxLoop) return;
  let running = false;
  globalForLoop.outboxLoop = setInterval(async () => {
    if (running) return;
    running = true;
    await drainAppOutbox().finally(() => (running = false));
  }, intervalMs);
  globalForLoop.outboxLoop.unref();
}
