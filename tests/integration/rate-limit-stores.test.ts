/**
 * The form rate limits in each store, against real services: memory, Redis (TEST_REDIS_URL) and
 * the database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set). Redis and the database
 * share their counts between app instances, which is why several instances need them; when the
 * store is refused, hangs or errs, a post still gets its answer, limited in memory.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { Redis } from "ioredis";
import { clinic } from "@/lib/clinic";
import { createDb, type Db } from "@/lib/db/client.server";
import {
  closeRateLimitStore,
  createRedisClient,
  createSubmissionLimiter,
  rateLimitStoreKind,
  submissionLimiter,
  type RateLimitResult,
  type RateLimitStore,
  type SubmissionLimiter,
  type SubmissionLimits,
} from "@/lib/security/rate-limit.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { captureLogs } from "@/tests/helpers/faults";
import { closedPort, startTcpProxy } from "@/tests/helpers/tcp-proxy";

const redisUrl = process.env.TEST_REDIS_URL;
const REDIS_SKIPPED = "skipped: TEST_REDIS_URL is not set (e.g. redis://127.0.0.1:6379)";

const limits = (perClient: number, siteWide: number): SubmissionLimits => ({
  perClient: { points: perClient, durationSeconds: 3600 },
  siteWide: { points: siteWide, durationSeconds: 60 },
});

/**
 * What the person is told: "ok", or refused with the wait the form shows, which tells the two
 * limits apart: within the hour for the per-client limit, within the minute for the site-wide one.
 */
function told(result: RateLimitResult): string {
  if (result.ok) return "ok";
  const wait = result.retryAfterSeconds;
  if (wait >= 1 && wait <= 60) return "wait ≤ 1 min";
  if (wait > 60 && wait <= 3600) return "wait ≤ 1 h";
  return `wait ${wait} s`;
}

async function consumeInTurn(limiter: SubmissionLimiter, keys: string[]): Promise<string[]> {
  const results = [];
  for (const key of keys) results.push(told(await limiter.consume(key)));
  return results;
}

async function ready(client: Redis): Promise<void> {
  if (client.status !== "ready") await once(client, "ready");
}

/** Deletes what a test wrote under its own prefix, leaving other tests' keys alone. */
async function deleteKeys(client: Redis, keyPrefix: string): Promise<void> {
  const keys = await client.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await client.del(...keys);
}

/** Each `instance()` opens its own connection to the same store, as another app instance would. */
type Backend = { instance(): Promise<RateLimitStore>; cleanup(): Promise<void> };

const memoryBackend = async (): Promise<Backend> => ({ instance: async () => ({ kind: "memory" }), cleanup: async () => {} });

async function redisBackend(url: string): Promise<Backend> {
  const keyPrefix = `test:rate-limit:${randomUUID()}`;
  const clients: Redis[] = [];
  return {
    async instance() {
      const client = createRedisClient(url);
      clients.push(client);
      await ready(client);
      return { kind: "redis", client, keyPrefix };
    },
    async cleanup() {
      if (clients[0]) await deleteKeys(clients[0], keyPrefix);
      await Promise.all(clients.map((client) => client.quit()));
    },
  };
}

async function databaseBackend(t: TestDb): Promise<Backend> {
  const opened: Db[] = [];
  return {
    async instance() {
      const db = opened.length === 0 ? t.db : await createDb(t.url);
      opened.push(db);
      return { kind: "database", db: async () => db, sweepExpired: false };
    },
    async cleanup() {
      await Promise.all(opened.slice(1).map((db) => db.$disconnect()));
      await t.cleanup();
    },
  };
}

const stores: { name: string; shared: boolean; open: () => Promise<Backend> }[] = [
  { name: "memory", shared: false, open: memoryBackend },
  ...(redisUrl ? [{ name: "Redis", shared: true, open: () => redisBackend(redisUrl) }] : []),
  ...providers.map((provider) => ({ name: `the database (${provider})`, shared: true, open: async () => databaseBackend(await createTestDb(provider)) })),
];

afterEach(() => jest.restoreAllMocks());

describe.each(stores)("rate limits in $name", ({ shared, open }) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await open();
  });
  afterEach(() => backend.cleanup());

  it("refuses a client's (n+1)th post with the time to wait, and still takes another client's", async () => {
    const limiter = createSubmissionLimiter(limits(3, 100), await backend.instance());
    const key = "198.51.100.1";
    expect(await consumeInTurn(limiter, [key, key, key, key, "198.51.100.2"])).toEqual(["ok", "ok", "ok", "wait ≤ 1 h", "ok"]);
  });

  it("holds the site-wide ceiling across different client keys", async () => {
    const limiter = createSubmissionLimiter(limits(100, 3), await backend.instance());
    const forged = Array.from({ length: 5 }, (_, i) => `forged-${i}`);
    expect(await consumeInTurn(limiter, forged)).toEqual(["ok", "ok", "ok", "wait ≤ 1 min", "wait ≤ 1 min"]);
  });

  if (shared) {
    it("shares the counts between two instances: per client and site-wide", async () => {
      const a = createSubmissionLimiter(limits(4, 6), await backend.instance());
      const b = createSubmissionLimiter(limits(4, 6), await backend.instance());
      const key = "203.0.113.9";
      const results = [];
      for (const limiter of [a, b, a, b, a, b]) results.push(told(await limiter.consume(key)));
      expect(results).toEqual(["ok", "ok", "ok", "ok", "wait ≤ 1 h", "wait ≤ 1 h"]);
      // Four posts passed the site-wide ceiling of six: two more from anywhere, then it holds.
      const others = [told(await a.consume("203.0.113.10")), told(await b.consume("203.0.113.11")), told(await a.consume("203.0.113.12"))];
      expect(others).toEqual(["ok", "ok", "wait ≤ 1 min"]);
    });

    it("counts posts racing on two instances once each", async () => {
      const instances = [createSubmissionLimiter(limits(5, 1000), await backend.instance()), createSubmissionLimiter(limits(5, 1000), await backend.instance())];
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 2]!.consume("192.0.2.44")));
      expect(results.filter((r) => r.ok)).toHaveLength(5);
    });
  } else {
    it("counts in each process alone: a second instance does not see the first one's posts", async () => {
      const a = createSubmissionLimiter(limits(1, 100), await backend.instance());
      const b = createSubmissionLimiter(limits(1, 100), await backend.instance());
      expect(await consumeInTurn(a, ["203.0.113.9", "203.0.113.9"])).toEqual(["ok", "wait ≤ 1 h"]);
      expect(await consumeInTurn(b, ["203.0.113.9"])).toEqual(["ok"]);
    });
  }
});

if (!redisUrl) describe.skip(`rate limits in Redis (${REDIS_SKIPPED})`, () => it("runs with TEST_REDIS_URL", () => {}));

/** Three posts from one client against a per-client limit of two: answered, and limited in memory. */
async function expectLimitedInMemory(store: RateLimitStore, logs: () => string): Promise<void> {
  const limiter = createSubmissionLimiter(limits(2, 100), store);
  const key = "198.51.100.77";
  expect(await consumeInTurn(limiter, [key, key, key])).toEqual(["ok", "ok", "wait ≤ 1 h"]);
  const warnings = logs().match(/"event":"rate_limit\.store_unavailable"/g) ?? [];
  expect(warnings).toHaveLength(1); // at most one a minute, however many posts
  expect(logs()).toContain(`"store":"${store.kind}"`);
  expect(logs()).not.toContain(key);
}

describe("when Redis fails", () => {
  it("refuses connections: each post is answered and limited in memory, with one warning and no values", async () => {
    const logs = captureLogs();
    const client = createRedisClient(`redis://127.0.0.1:${await closedPort()}`);
    try {
      await expectLimitedInMemory({ kind: "redis", client, keyPrefix: "unused" }, logs);
    } finally {
      client.disconnect();
    }
  });

  it("refused again and again while reconnecting: the outage is logged once, and nothing is thrown", async () => {
    const logs = captureLogs();
    const client = createRedisClient(`redis://127.0.0.1:${await closedPort()}`);
    try {
      // (events.once would reject on the "error" event that comes first.)
      for (let attempt = 0; attempt < 3; attempt++) await new Promise((resolve) => client.once("reconnecting", resolve));
      expect(logs().match(/"event":"rate_limit\.redis_unavailable"/g)).toHaveLength(1);
      expect(logs()).toContain('"errorCode":"ECONNREFUSED"');
    } finally {
      client.disconnect();
    }
  });

  (redisUrl ? it : it.skip)(`hangs: each post is answered after the store timeout and limited in memory${redisUrl ? "" : ` (${REDIS_SKIPPED})`}`, async () => {
    const logs = captureLogs();
    const target = new URL(redisUrl!);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const proxied = new URL(redisUrl!);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    const client = createRedisClient(proxied.toString());
    const direct = createRedisClient(redisUrl!);
    const keyPrefix = `test:rate-limit:${randomUUID()}`;
    try {
      await Promise.all([ready(client), ready(direct)]);
      const limiter = createSubmissionLimiter(limits(2, 100), { kind: "redis", client, keyPrefix });
      const key = "198.51.100.78";
      expect(await consumeInTurn(limiter, [key])).toEqual(["ok"]);
      expect(await direct.get(`${keyPrefix}:submit:${key}`)).toBe("1");
      proxy.freeze();
      // Memory starts from nothing (the library does not copy counts over): two more, then refused.
      expect(await consumeInTurn(limiter, [key, key, key])).toEqual(["ok", "ok", "wait ≤ 1 h"]);
      expect(logs()).toContain('"event":"rate_limit.store_unavailable"');
      expect(logs()).not.toContain(key);
    } finally {
      client.disconnect();
      await proxy.close();
      await deleteKeys(direct, keyPrefix);
      await direct.quit();
    }
  });
});

describe.each(providers)("when the database fails (%s)", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb(provider);
  });
  afterEach(() => t.cleanup());

  it("errs (the table is gone): each post is answered and limited in memory, with one warning and no values", async () => {
    const logs = captureLogs();
    await t.db.$executeRawUnsafe('DROP TABLE "SubmissionLimit"');
    await expectLimitedInMemory({ kind: "database", db: async () => t.db, sweepExpired: false }, logs);
  });
});

(providers.includes("postgres") ? it : it.skip)("when PostgreSQL hangs, each post is answered after the store timeout and limited in memory", async () => {
  const logs = captureLogs();
  const t = await createTestDb("postgres");
  const target = new URL(t.url);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const proxied = new URL(t.url);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(proxy.port);
  const db = await createDb(proxied.toString());
  try {
    const limiter = createSubmissionLimiter(limits(2, 100), { kind: "database", db: async () => db, sweepExpired: false });
    const key = "198.51.100.79";
    expect(await consumeInTurn(limiter, [key])).toEqual(["ok"]);
    proxy.freeze();
    expect(await consumeInTurn(limiter, [key, key, key])).toEqual(["ok", "ok", "wait ≤ 1 h"]);
    expect(logs()).toContain('"store":"database"');
    expect(await t.db.submissionLimit.findUnique({ where: { key: `submit:${key}` }, select: { points: true } })).toEqual({ points: 1 });
  } finally {
    await proxy.close();
    await db.$disconnect().catch(() => undefined);
    await t.cleanup();
  }
});

describe("when the database cannot be opened", () => {
  it("each post is answered and limited in memory, and opening is tried again on the next post", async () => {
    const logs = captureLogs();
    let attempts = 0;
    const db = () => {
      attempts++;
      return createDb(`file:/nonexistent-${randomUUID()}/clinic.db`);
    };
    await expectLimitedInMemory({ kind: "database", db, sweepExpired: false }, logs);
    expect(attempts).toBeGreaterThan(1);
  });
});

describe("choosing the store from the environment", () => {
  it.each([
    [{ DATABASE_URL: "file:./x.db" }, "memory"],
    [{ DATABASE_URL: "postgres://db.example.test/clinic" }, "database"],
    [{ DATABASE_URL: "file:./x.db", REDIS_URL: "redis://cache.example.test:6379" }, "redis"],
    [{ DATABASE_URL: "postgres://db.example.test/clinic", REDIS_URL: "redis://cache.example.test:6379" }, "redis"],
    [{ DATABASE_URL: "postgres://db.example.test/clinic", RATE_LIMIT_STORE: "memory" as const }, "memory"],
    [{ DATABASE_URL: "file:./x.db", RATE_LIMIT_STORE: "database" as const }, "database"],
    [{ DATABASE_URL: "postgres://db.example.test/clinic", REDIS_URL: "redis://cache.example.test:6379", RATE_LIMIT_STORE: "database" as const }, "database"],
  ])("%j: %s", (settings, kind) => {
    expect(rateLimitStoreKind(settings)).toBe(kind);
  });

  (redisUrl ? it : it.skip)(`the process-wide limiter counts in Redis when REDIS_URL is set, until closeRateLimitStore()${redisUrl ? "" : ` (${REDIS_SKIPPED})`}`, async () => {
    // env() reads these on its first call, which is this test's: nothing before it asks.
    process.env.REDIS_URL = redisUrl;
    delete process.env.RATE_LIMIT_STORE;
    // The site-wide key is the real one, which other runs against this Redis may have used up.
    process.env.SUBMISSIONS_PER_MINUTE = "1000000000";
    const probe = createRedisClient(redisUrl!);
    const key = `test-client-${randomUUID()}`;
    const stored = `${new URL(clinic.url).hostname}:rate-limit:submit:${key}`;
    try {
      await ready(probe);
      const limiter = submissionLimiter();
      expect(submissionLimiter()).toBe(limiter);
      expect(await consumeInTurn(limiter, [key])).toEqual(["ok"]);
      expect(await probe.get(stored)).toBe("1");

      await closeRateLimitStore();
      expect(await consumeInTurn(limiter, [key])).toEqual(["ok"]); // answered, in memory now
      expect(await probe.get(stored)).toBe("1");
    } finally {
      await closeRateLimitStore();
      await probe.del(stored);
      await probe.quit();
    }
  });
});
