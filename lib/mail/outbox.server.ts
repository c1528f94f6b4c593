import "server-only";
import { clinic } from "@/lib/clinic";
import { db, type Db } from "@/lib/db/client.server";
import { env, siteUrl } from "@/lib/env.server";
import { errorFacts, logger, outsideRequest } from "@/lib/log/logger.server";
import { renderEmail } from "@/lib/mail/templates";
import { mailer, type Mailer } from "@/lib/mail/mailer.server";
import { isShuttingDown } from "@/lib/shutdown.server";

/**
 * A claimed row is the claimant's until its lease runs out; then a crashed sender's row is
 * retried. Longer than the slowest send (SMTP_TIMEOUT_MS is at most a minute per phase); the
 * app uses OUTBOX_LEASE_MS.
 */
const DEFAULT_LEASE_MS = 10 * 60_000;
/** Stable per outbox row, so a receiver can recognise a message resent after a crash. */
const MESSAGE_ID_DOMAIN = clinic.email.frontDesk.split("@")[1];
/** From this attempt on (about five hours of retries), each failure is logged as an error. */
const ALERT_AFTER_ATTEMPTS = 12;
/**
 * A permanent refusal (5xx) is retried until a row has made this many attempts (about an
 * hour of backoff), then the row is marked failed: a relay's 5xx is as often our own
 * misconfiguration (relaying denied after a password change) as a bad address.
 */
export const ATTEMPTS_BEFORE_GIVING_UP_ON_REFUSAL = 8;

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60_000);
}

/** The server refused the recipient or the message with a permanent (5xx) reply. */
function isPermanent(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  return typeof responseCode === "number" && responseCode >= 500 && (code === "EENVELOPE" || code === "EMESSAGE");
}

export type DrainOptions = {
  /** Shifts the drain's clock (tests); by default the real time. */
  now?: Date;
  reference?: string;
  limit?: number;
  siteUrl?: string;
  leaseMs?: number;
  /** Checked before each claim: once true, the drain finishes the send in hand and claims no more. */
  stopping?: () => boolean;
};
export type DrainReport = { sent: number; retrying: number; failed: number };

/**
 * Sends the due emails of the outbox. Each row is claimed with a conditional update (its
 * attempt count must not have moved) before it is sent, and the outcome is written only
 * while that claim still holds, so concurrent drains — the `after()` of a request, the
 * periodic loop, other instances — do not send a row twice. A message the SMTP server
 * accepted just before a crash is sent again after the lease; see docs/decisions/0004.
 */
export async function drainOutbox(db: Db, mailer: Mailer, options: DrainOptions = {}): Promise<DrainReport> {
  const offset = options.now ? options.now.getTime() - Date.now() : 0;
  const clock = () => new Date(Date.now() + offset);
  const claimable = (now: Date) => ({
    status: "pending",
    nextAttemptAt: { lte: now },
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
  });
  const report: DrainReport = { sent: 0, retrying: 0, failed: 0 };
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const stopping = options.stopping ?? (() => false);
  if (stopping()) return report;

  const due = await db.outboxEmail.findMany({
    where: { ...claimable(clock()), ...(options.reference ? { reference: options.reference } : {}) },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
  });

  for (const row of due) {
    if (stopping()) break;
    const claimedAt = clock();
    const claim = await db.outboxEmail.updateMany({
      where: { id: row.id, attempts: row.attempts, ...claimable(claimedAt) },
      data: { lockedUntil: new Date(claimedAt.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claim.count === 0) continue;
    const attempts = row.attempts + 1;
    const ours = { id: row.id, attempts, status: "pending" };
    const log = { outboxId: row.id, reference: row.reference, template: row.template, attempts };

    const email = renderEmail(row.template, { reference: row.reference, siteUrl: options.siteUrl ?? siteUrl() });
    const result = email
      ? await mailer.send({ to: row.recipient, ...email, messageId: `<${row.id}@${MESSAGE_ID_DOMAIN}>` })
      : ({ ok: false, error: new Error(`unknown template ${row.template}`) } as const);

    if (result.ok) {
      await db.outboxEmail.updateMany({ where: ours, data: { status: "sent", sentAt: clock(), lockedUntil: null, lastError: null } });
      report.sent++;
      logger.info({ event: "email.sent", ...log });
      continue;
    }

    // Only the error's class and code are kept: SMTP replies can quote the recipient's address.
    const facts = errorFacts(result.error);
    const lastError = [facts.errorName, facts.errorCode].filter(Boolean).join(" ");
    const giveUp = !email || (isPermanent(result.error) && attempts >= ATTEMPTS_BEFORE_GIVING_UP_ON_REFUSAL);
    await db.outboxEmail.updateMany({
      where: ours,
      data: giveUp
        ? { status: "failed", lockedUntil: null, lastError }
        : { nextAttemptAt: new Date(clock().getTime() + backoffMs(attempts)), lockedUntil: null, lastError },
    });
    if (giveUp) report.failed++;
    else report.retrying++;
    const event = giveUp ? "email.failed" : "email.retry";
    if (giveUp || attempts >= ALERT_AFTER_ATTEMPTS) logger.error({ event, ...log, ...facts });
    else logger.warn({ event, ...log, ...facts });
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
    return await drainOutbox(await db(), mailer(), { leaseMs: env().OUTBOX_LEASE_MS, stopping: isShuttingDown, ...options });
  } catch (err) {
    logger.error({ event: "outbox.drain_failed", reference: options.reference, ...errorFacts(err) });
    return undefined;
  }
}

/**
 * One drain at a time: called while a drain runs, it asks that drain to go round once more
 * instead of starting another, and a drain keeps going while full batches come back. A burst
 * of submissions then shares a few drains, sending in batches, instead of one drain (and its
 * queries) per request.
 */
export function coalescedDrain(drain: (limit: number) => Promise<DrainReport | undefined>, limit = 50): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let report: DrainReport | undefined;
      do {
        again = false;
        report = await drain(limit);
      } while (again || (report && report.sent + report.retrying + report.failed === limit));
    })().finally(() => (running = undefined));
    return running;
  };
}

const globalForDrain = globalThis as unknown as { drainSoon?: () => Promise<void>; outboxLoop?: NodeJS.Timeout };

/**
 * Sends what is due with the app's database and mailer: after each submission, and from the
 * loop. One drain serves many requests, so it runs as none of them (its lines carry references).
 */
export function drainSoon(): Promise<void> {
  globalForDrain.drainSoon ??= coalescedDrain((limit) => drainAppOutbox({ limit }));
  return outsideRequest(globalForDrain.drainSoon);
}

/**
 * Sends what earlier runs or other instances left pending, at once and then every interval;
 * one loop per process. Once the process is stopping, drains claim nothing more, and the
 * returned function waits for the send in hand.
 */
export function startOutboxLoop(intervalMs: number): () => Promise<void> {
  if (!globalForDrain.outboxLoop) {
    void drainSoon();
    globalForDrain.outboxLoop = setInterval(() => void drainSoon(), intervalMs);
    globalForDrain.outboxLoop.unref();
  }
  return () => {
    clearInterval(globalForDrain.outboxLoop);
    return drainSoon();
  };
}
