import "server-only";
import type { Logger } from "pino";
import { db, type Db } from "@/lib/db/client.server";
import { errorFacts, logger } from "@/lib/log/logger.server";
import { mailer, type Mailer } from "@/lib/mail/mailer.server";
import { isShuttingDown } from "@/lib/shutdown.server";

export type CheckName = "database" | "mail";
export type CheckStatus = "ok" | "failing";

/** What /api/ready answers: the checks by name and how they went, never why (no error text, host or version). */
export type Readiness = { status: "ready" | "not_ready"; checks: Record<CheckName, CheckStatus> } | { status: "stopping" };

export type ReadinessOptions = {
  db: () => Promise<Db>;
  mailer: () => Mailer;
  stopping: () => boolean;
  log: Logger;
  /** How long a result is reused; checks run at most once per period, however often /api/ready is asked. */
  cacheMs: number;
  /** How long a check may take before it counts as failing. */
  timeoutMs: number;
  now: () => number;
};

const APP: ReadinessOptions = {
  db,
  mailer,
  stopping: isShuttingDown,
  log: logger,
  cacheMs: 5000,
  timeoutMs: 2000,
  now: Date.now,
};

/**
 * A readiness check: the database answers a trivial query and mail can go out (SMTP: connect,
 * greet and log in; the development mailer: its folder is writable). Concurrent callers share
 * one run, and its result is reused for `cacheMs`, so hammering /api/ready cannot hammer the
 * database or the SMTP relay. A check still waiting from an earlier run counts as failing
 * rather than starting another beside it.
 */
export function createReadiness(options: Partial<ReadinessOptions> = {}): () => Promise<Readiness> {
  const { db, mailer, stopping, log, cacheMs, timeoutMs, now } = { ...APP, ...options };
  const checks: Record<CheckName, () => Promise<unknown>> = {
    database: async () => (await db()).$queryRaw`SELECT 1`,
    mail: async () => mailer().verify(),
  };
  const waiting = new Set<CheckName>();
  let running: Promise<Readiness> | undefined;
  let last: { at: number; readiness: Readiness } | undefined;

  async function probe(name: CheckName): Promise<CheckStatus> {
    if (waiting.has(name)) {
      log.error({ event: "ready.check_failed", check: name, reason: "still_waiting" });
      return "failing";
    }
    waiting.add(name);
    const attempt = checks[name]().finally(() => waiting.delete(name));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(resolve, timeoutMs, "timeout")));
    try {
      if ((await Promise.race([attempt, timedOut])) !== "timeout") return "ok";
      attempt.catch(() => undefined); // its failure, when it comes, has been reported as the timeout
      log.error({ event: "ready.check_failed", check: name, reason: "timeout", timeoutMs });
    } catch (err) {
      log.error({ event: "ready.check_failed", check: name, ...errorFacts(err) });
    } finally {
      clearTimeout(timer);
    }
    return "failing";
  }

  async function run(): Promise<Readiness> {
    const [database, mail] = await Promise.all([probe("database"), probe("mail")]);
    const readiness: Readiness = { status: database === "ok" && mail === "ok" ? "ready" : "not_ready", checks: { database, mail } };
    last = { at: now(), readiness };
    return readiness;
  }

  return async () => {
    if (stopping()) return { status: "stopping" };
    if (last && now() - last.at < cacheMs) return last.readiness;
    running ??= run().finally(() => (running = undefined));
    return running;
  };
}

/** The application's readiness: its database and mailer, one cache for the process. */
export const readiness = createReadiness();
