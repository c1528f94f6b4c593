import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts, type RateLimiterAbstract } from "rate-limiter-flexible";
import { clinic } from "@/lib/clinic";
import { db, type Db } from "@/lib/db/client.server";
import { providerOf } from "@/lib/db/url";
import { env, type Env } from "@/lib/env.server";
import { errorFacts, logger } from "@/lib/log/logger.server";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface SubmissionLimiter {
  consume(clientKey: string): Promise<RateLimitResult>;
}

type Limit = { points: number; durationSeconds: number };

export type SubmissionLimits = {
  perClient: Limit;
  /** A ceiling for the whole site, which still holds when client keys can be forged. */
  siteWide: Limit;
};

/**
 * Where the counts live. Redis and the database share them between instances; memory counts
 * in this process only. `keyPrefix` keeps this site's Redis keys apart from other sites'.
 */
export type RateLimitStore =
  | { kind: "memory" }
  | { kind: "redis"; client: Redis; keyPrefix: string }
  | { kind: "database"; db: () => Promise<Db>; sweepExpired?: boolean };

/** How long a form post waits for Redis or the database before counting in memory instead. */
export const STORE_TIMEOUT_MS = 1000;

/**
 * The per-client limit, then the site-wide ceiling, counted in `store`. When Redis or the
 * database fails or does not answer within STORE_TIMEOUT_MS, a memory limiter of the same size
 * counts instead (rate-limiter-flexible's insuranceLimiter) and a warning is logged: the forms
 * keep working, limited per instance, until the store is back.
 */
export function createSubmissionLimiter(limits: SubmissionLimits, store: RateLimitStore = { kind: "memory" }): SubmissionLimiter {
  const warn = warnAtMostEveryMinute(store.kind);
  const connected = store.kind === "redis" ? firstConnection(store.client) : Promise.resolve();
  const perClient = counter("submit", limits.perClient, store, warn);
  const siteWide = counter("submit-all", limits.siteWide, store, warn);
  return {
    async consume(clientKey) {
      await connected;
      try {
        await perClient(clientKey);
        await siteWide("site");
        return { ok: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        }
        throw rejection;
      }
    },
  };
}

type Counter = (key: string) => Promise<RateLimiterRes>;

/** Consumes one point for `key`; rejects with a RateLimiterRes once the limit is used up. */
function counter(name: string, limit: Limit, store: RateLimitStore, onFallback: () => void): Counter {
  const options = { keyPrefix: name, points: limit.points, duration: limit.durationSeconds };
  if (store.kind === "memory") {
    const memory = new RateLimiterMemory(options);
    return (key) => memory.consume(key);
  }
  const fallback = new MemoryFallback(options, onFallback);
  const insured = (limiter: RateLimiterAbstract) => new RLWrapperTimeouts({ limiter, timeoutMs: STORE_TIMEOUT_MS, insuranceLimiter: fallback });

  if (store.kind === "redis") {
    const redis = insured(
      // Not ready (connecting, reconnecting): straight to the fallback rather than an error per command.
      new RateLimiterRedis({ ...options, keyPrefix: `${store.keyPrefix}:${name}`, storeClient: store.client, rejectIfRedisNotReady: true }),
    );
    return (key) => redis.consume(key);
  }

  // The Prisma client is created on first use (db()), so the store limiter is too.
  let database: Promise<RLWrapperTimeouts> | undefined;
  return async (key) => {
    database ??= store.db().then((client) =>
      insured(new RateLimiterPrisma({ ...options, storeClient: client, tableName: "submissionLimit", clearExpiredByTimeout: store.sweepExpired ?? true })),
    );
    const limiter = await database.catch(() => {
      database = undefined; // try to open the database again on the next post
      return fallback;
    });
    return limiter.consume(key);
  };
}

/** A memory limiter that reports each use: it only counts while the shared store is failing. */
class MemoryFallback extends RateLimiterMemory {
  readonly #onUse: () => void;

  constructor(options: ConstructorParameters<typeof RateLimiterMemory>[0], onUse: () => void) {
    super(options);
    this.#onUse = onUse;
  }

  override consume(...args: Parameters<RateLimiterMemory["consume"]>): Promise<RateLimiterRes> {
    this.#onUse();
    return super.consume(...args);
  }
}

function warnAtMostEveryMinute(store: RateLimitStore["kind"]): () => void {
  let last = -Infinity;
  return () => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    logger.warn({ event: "rate_limit.store_unavailable", store });
  };
}

/**
 * Settles when a new client is first ready, fails to connect, or after STORE_TIMEOUT_MS: the
 * first posts after start wait for the connection instead of counting in memory.
 */
function firstConnection(client: Redis): Promise<void> {
  if (client.status === "ready" || client.status === "end") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done).off("error", done).off("end", done);
      resolve();
    };
    const timer = setTimeout(done, STORE_TIMEOUT_MS);
    client.once("ready", done).once("error", done).once("end", done);
  });
}

/**
 * A Redis connection for rate limits, following rate-limiter-flexible's guidance for ioredis:
 * no offline queue, so a command while disconnected fails at once (and memory counts) instead
 * of waiting for a reconnect; short connect and command timeouts; no retry of a command whose
 * connection dropped. It reconnects in the background, and logs an outage once, not per retry.
 */
export function createRedisClient(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 2000,
    commandTimeout: STORE_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    // disconnect() of a connection that already dropped waits this long for a close that came before.
    disconnectTimeout: 200,
  });
  let down = false;
  client.on("error", (err) => {
    if (down) return;
    down = true;
    logger.warn({ event: "rate_limit.redis_unavailable", ...errorFacts(err) });
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    logger.info({ event: "rate_limit.redis_available" });
  });
  return client;
}

const globalForLimiter = globalThis as unknown as { submissionLimiter?: SubmissionLimiter; rateLimitRedis?: Redis };

/** The process-wide limiter for the public forms, sized and stored as the environment says. */
export function submissionLimiter(): SubmissionLimiter {
  const { SUBMISSIONS_PER_CLIENT_PER_HOUR, SUBMISSIONS_PER_MINUTE } = env();
  globalForLimiter.submissionLimiter ??= createSubmissionLimiter(
    {
      perClient: { points: SUBMISSIONS_PER_CLIENT_PER_HOUR, durationSeconds: 3600 },
      siteWide: { points: SUBMISSIONS_PER_MINUTE, durationSeconds: 60 },
    },
    storeFromEnv(),
  );
  return globalForLimiter.submissionLimiter;
}

/** RATE_LIMIT_STORE, or by default: Redis when REDIS_URL is set, the database on PostgreSQL, memory on SQLite. */
export function rateLimitStoreKind({ RATE_LIMIT_STORE, REDIS_URL, DATABASE_URL }: Pick<Env, "RATE_LIMIT_STORE" | "REDIS_URL" | "DATABASE_URL">): RateLimitStore["kind"] {
  return RATE_LIMIT_STORE ?? (REDIS_URL ? "redis" : providerOf(DATABASE_URL) === "postgres" ? "database" : "memory");
}

function storeFromEnv(): RateLimitStore {
  const { REDIS_URL } = env();
  const kind = rateLimitStoreKind(env());
  if (kind === "redis" && REDIS_URL) {
    globalForLimiter.rateLimitRedis ??= createRedisClient(REDIS_URL);
    return { kind, client: globalForLimiter.rateLimitRedis, keyPrefix: `${new URL(clinic.url).hostname}:rate-limit` };
  }
  if (kind === "database") return { kind, db };
  return { kind: "memory" };
}

/**
 * Closes the process's Redis connection, if one was opened (graceful shutdown). Form posts after
 * this count in memory: the limiter does not reconnect.
 */
export async function closeRateLimitStore(): Promise<void> {
  const client = globalForLimiter.rateLimitRedis;
  if (!client || client.status === "end") return;
  // QUIT lets commands in flight finish; without a connection it fails at once, and
  // disconnect() stops the reconnect attempts.
  await client.quit().catch(() => client.disconnect());
}
