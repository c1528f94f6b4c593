/**
 * The readiness check behind /api/ready, against real databases (SQLite and, with
 * TEST_POSTGRES_URL, PostgreSQL) and a real SMTP server: ready when both answer; not ready,
 * naming only the failing check, when the SMTP server is down, hangs, or the database cannot
 * be reached; one run shared by concurrent callers and reused for its cache period; "stopping"
 * once the process is shutting down. Failures are logged as facts, never with an error's text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client.server";
import { createReadiness, type ReadinessOptions } from "@/lib/health/readiness.server";
import { createFileMailer, createSmtpMailer, type Mailer } from "@/lib/mail/mailer.server";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { startSmtpFaultProxy } from "@/tests/helpers/smtp-faults";
import { captureLog } from "@/tests/helpers/log-capture";

/** The real database and mailer, with their uses counted. */
function counted(db: () => Promise<Db>, mailer: Mailer) {
  const calls = { db: 0, verify: 0 };
  return {
    calls,
    db: () => {
      calls.db++;
      return db();
    },
    mailer: () => ({
      ...mailer,
      verify: () => {
        calls.verify++;
        return mailer.verify();
      },
    }),
  };
}

/** What a response body may never contain: addresses, ports, error codes and texts. */
function expectNoDetails(body: unknown, ...details: string[]) {
  const text = JSON.stringify(body);
  for (const detail of [...details, "127.0.0.1", "ECONN", "Error", "refused", "timeout"]) expect(text).not.toContain(detail);
}

describe.each(providers)("readiness on %s", (provider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  const mailers: Mailer[] = [];
  const smtpMailer = (url: string, timeoutMs = 5000) => {
    const mailer = createSmtpMailer(url, timeoutMs);
    mailers.push(mailer);
    return mailer;
  };

  beforeEach(async () => {
    t = await createTestDb(provider);
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    for (const mailer of mailers.splice(0)) mailer.close();
    await smtp.stop();
    await t.cleanup();
  });

  const readinessWith = (options: Partial<ReadinessOptions>) => createReadiness({ stopping: () => false, ...options });

  it("is ready when the database answers and the SMTP server greets", async () => {
    const { log, text } = captureLog();
    const ready = readinessWith({ db: async () => t.db, mailer: () => smtpMailer(smtp.url), log });
    expect(await ready()).toEqual({ status: "ready", checks: { database: "ok", mail: "ok" } });
    expect(text()).toBe("");
    expect(smtp.messages).toEqual([]); // verify sends nothing
  });

  it("is not ready with the SMTP server down, and says nothing of why", async () => {
    const { log, text, lines } = captureLog();
    await smtp.stop();
    const ready = readinessWith({ db: async () => t.db, mailer: () => smtpMailer(smtp.url), log });
    const result = await ready();
    expect(result).toEqual({ status: "not_ready", checks: { database: "ok", mail: "failing" } });
    expectNoDetails(result, String(smtp.port));

    expect(lines()).toEqual([expect.objectContaining({ event: "ready.check_failed", check: "mail", errorName: "Error", level: 50 })]);
    expect(text()).not.toContain(`:${smtp.port}`);
    expect(text()).not.toContain("127.0.0.1");
  });

  it("is not ready when the database cannot be reached, and says nothing of why", async () => {
    const { log, text, lines } = captureLog();
    const dir = mkdtempSync(path.join(os.tmpdir(), "ready-"));
    const unreachable = provider === "sqlite" ? `file:${path.join(dir, "no-such-folder", "clinic.db")}` : "postgres://postgres@127.0.0.1:1/clinic_unreachable";
    let client: Promise<Db> | undefined;
    try {
      const ready = readinessWith({ db: () => (client ??= createDb(unreachable)), mailer: () => smtpMailer(smtp.url), log });
      const result = await ready();
      expect(result).toEqual({ status: "not_ready", checks: { database: "failing", mail: "ok" } });
      expectNoDetails(result, dir, "clinic_unreachable");
      expect(lines()).toEqual([expect.objectContaining({ event: "ready.check_failed", check: "database", errorName: expect.any(String) })]);
      expect(text()).not.toContain(dir);
      expect(text()).not.toContain("clinic_unreachable");
    } finally {
      await client?.then((c) => c.$disconnect()).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs the checks once for concurrent callers and reuses the result for its cache period", async () => {
    let now = 1_000_000;
    const uses = counted(async () => t.db, smtpMailer(smtp.url));
    const ready = readinessWith({ db: uses.db, mailer: uses.mailer, cacheMs: 5000, now: () => now });

    const results = await Promise.all(Array.from({ length: 25 }, () => ready()));
    expect(new Set(results.map((r) => JSON.stringify(r)))).toEqual(new Set(['{"status":"ready","checks":{"database":"ok","mail":"ok"}}']));
    expect(uses.calls).toEqual({ db: 1, verify: 1 });

    now += 4999;
    for (let i = 0; i < 10; i++) await ready();
    expect(uses.calls).toEqual({ db: 1, verify: 1 });

    now += 1;
    await Promise.all([ready(), ready(), ready()]);
    expect(uses.calls).toEqual({ db: 2, verify: 2 });
  });

  it("counts a check that hangs as failing, and starts no second one while the first still waits", async () => {
    const proxy = await startSmtpFaultProxy(smtp.port);
    try {
      await proxy.setFault("silent"); // accepts the connection and never greets
      const { log, lines } = captureLog();
      let now = 0;
      const uses = counted(async () => t.db, smtpMailer(proxy.url, 60_000));
      const ready = readinessWith({ db: uses.db, mailer: uses.mailer, log, timeoutMs: 200, cacheMs: 1000, now: () => now });

      expect(await ready()).toEqual({ status: "not_ready", checks: { database: "ok", mail: "failing" } });
      now += 1000;
      expect(await ready()).toEqual({ status: "not_ready", checks: { database: "ok", mail: "failing" } });
      expect(uses.calls).toEqual({ db: 2, verify: 1 });
      expect(lines().map((l) => [l.check, l.reason])).toEqual([
        ["mail", "timeout"],
        ["mail", "still_waiting"],
      ]);
    } finally {
      await proxy.close();
    }
  });

  it("answers stopping once the process is shutting down, without checking anything", async () => {
    const uses = counted(async () => t.db, smtpMailer(smtp.url));
    const ready = createReadiness({ db: uses.db, mailer: uses.mailer, stopping: () => true });
    expect(await ready()).toEqual({ status: "stopping" });
    expect(uses.calls).toEqual({ db: 0, verify: 0 });
  });
});

describe("readiness with the development mailer (.eml files)", () => {
  let dir: string;
  let t: TestDb;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "ready-mail-"));
    t = await createTestDb("sqlite");
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is ready when the mail folder can be written, not when it cannot be created", async () => {
    const writable = readinessOf(path.join(dir, "mail"));
    expect(await writable()).toEqual({ status: "ready", checks: { database: "ok", mail: "ok" } });

    const file = path.join(dir, "not-a-folder");
    writeFileSync(file, "");
    const { log, text } = captureLog();
    const blocked = readinessOf(path.join(file, "mail"), log);
    const result = await blocked();
    expect(result).toEqual({ status: "not_ready", checks: { database: "ok", mail: "failing" } });
    expectNoDetails(result, dir);
    expect(text()).toContain('"errorCode":"ENOTDIR"');
    expect(text()).not.toContain(dir);
  });

  const readinessOf = (mailDir: string, log = captureLog().log) =>
    createReadiness({ db: async () => t.db, mailer: () => createFileMailer(mailDir), stopping: () => false, log });
});
