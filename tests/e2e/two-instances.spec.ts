/**
 * Several instances, as a clinic group runs the site: two production servers (`npm start`,
 * the standalone build) on loopback ports, one PostgreSQL database, one Redis for the rate
 * limits, one SMTP relay. Both start at the same moment, so both apply the migrations at once.
 * A staff session and a client's form limit hold across both.
 *
 * 300 appointment requests are spread across the instances as a load balancer would, retrying
 * a request on the other instance when its connection fails. Mid-run, instance A is killed
 * (SIGKILL) while it is sending an email; it is started again; later instance B is taken out
 * of rotation and stopped (SIGTERM) while its periodic drain is sending one. Every request
 * must be stored exactly once and every email delivered exactly once, including the one A was sending when it died (retried by
 * another instance once A's claim expired) and the one B finished before it exited.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, root, startNext, type RunningServer } from "@/scripts/lib/next-server";
import { appointmentFields, actionInputs } from "@/scripts/bench/appointment";
import { multipart } from "./support/form-posts";
import { startRelay, type Delivery, type Relay } from "./support/relay";
import { createAccount, finishSetup } from "./support/staff";
import { postgresUrlFor, withPostgres } from "@/tests/helpers/test-env";

const postgresUrl = process.env.TEST_POSTGRES_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const REQUESTS = 300;
const CONCURRENCY = 8;
const PER_CLIENT = 5;
/** Client addresses of this run: Redis keeps the counts of earlier runs for an hour. */
const RUN = randomBytes(2).toString("hex");
const clientAddress = (n: number) => `2001:db8:${RUN}::${n.toString(16)}`;
/** What each request carries that must never reach a log line (the fields are otherwise the benchmark's). */
const MARKERS = { lastName: "Quillfeather", email: "quillfeather.patient@example.test" };

test.describe.configure({ mode: "serial" });
test.skip(!postgresUrl || !redisUrl, "needs TEST_POSTGRES_URL and TEST_REDIS_URL (.ci/run sets both)");
test.setTimeout(240_000);

type Instance = { name: "a" | "b"; port: number; server: RunningServer };

const database = `clinic_instances_${process.pid}`;
let databaseUrl: string;
let relay: Relay;
let appEnv: Record<string, string>;
const instances: Partial<Record<"a" | "b", Instance>> = {};
const logs: string[] = [];

async function start(name: "a" | "b", port: number, { migrate = false } = {}): Promise<Instance> {
  const logFile = path.join(root, "test-results", `instance-${name}-${logs.length + 1}.log`);
  logs.push(logFile);
  const server = await startNext({ port, logFile, migrate, env: { ...appEnv, SMTP_URL: relay.url(name) } });
  return { name, port, server };
}

test.beforeAll(async () => {
  await withPostgres(postgresUrl!, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  });
  databaseUrl = postgresUrlFor(postgresUrl!, database);
  relay = await startRelay(["a", "b"]);
  const [portA, portB] = [await freePort(), await freePort()];
  appEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl!,
    RATE_LIMIT_STORE: "redis",
    // The public origin both instances stand behind; A plays it here.
    SITE_URL: `http://127.0.0.1:${portA}`,
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SMTP_TIMEOUT_MS: "2000",
    OUTBOX_LEASE_MS: "8000",
    OUTBOX_INTERVAL_MS: "1000",
    SHUTDOWN_TIMEOUT_MS: "15000",
    // Small enough to reach in the limit test; each request of the load test comes from its own address.
    SUBMISSIONS_PER_CLIENT_PER_HOUR: String(PER_CLIENT),
    SUBMISSIONS_PER_MINUTE: "100000",
    LOG_LEVEL: "info",
  };
  // At the same moment, as instances of a deployment start: both run `npm run db:deploy`.
  const [a, b] = await Promise.all([start("a", portA, { migrate: true }), start("b", portB, { migrate: true })]);
  Object.assign(instances, { a, b });
});

test.afterAll(async () => {
  await Promise.all(Object.values(instances).map((instance) => instance.server.stop()));
  await relay?.close();
  await withPostgres(postgresUrl!, (admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
});

test("both instances applied the migrations at once, each exactly once", async () => {
  const rows = await withPostgres(databaseUrl, (db) =>
    db.query<{ migration_name: string; n: string }>(
      "SELECT migration_name, count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name",
    ),
  );
  expect(rows.rows.length).toBeGreaterThan(0);
  for (const row of rows.rows) expect(Number(row.n), row.migration_name).toBe(1);
});

test("a staff member signed in on one instance is signed in on the other", async ({ page }) => {
  const { link } = createAccount("admin", { ...process.env, ...appEnv });
  await finishSetup(page, link); // on A: SITE_URL
  // Cookies belong to a host, not a port: the browser sends A's session cookie to B.
  await page.goto(`${instances.b!.server.url}/staff`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
});

/** A no-JavaScript appointment post, as the benchmark sends it, from `client` (X-Forwarded-For, TRUSTED_PROXY_COUNT 0). */
async function post(instance: Instance, hidden: [string, string][], fields: [string, string][], client: string, key = randomUUID()): Promise<Response> {
  const body = await multipart([...hidden, ...fields, ["idempotencyKey", key]]);
  return fetch(`${instance.server.url}/appointments`, {
    method: "POST",
    body: new Uint8Array(body.data),
    headers: { "Content-Type": body.contentType, Origin: instance.server.url, Accept: "text/html", "X-Forwarded-For": client },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
}

test("one client's form limit counts across both instances (Redis)", async () => {
  const hidden = actionInputs(await fetch(`${instances.a!.server.url}/appointments`).then((r) => r.text()));
  const statuses: number[] = [];
  for (let i = 0; i <= PER_CLIENT; i++) {
    const response = await post(i % 2 ? instances.b! : instances.a!, hidden, appointmentFields(), clientAddress(0xffff));
    statuses.push(response.status);
    if (i === PER_CLIENT) expect(await response.text()).toContain("Too many requests have come from your connection");
  }
  // Counted per instance, each would take PER_CLIENT posts.
  expect(statuses).toEqual([...Array<number>(PER_CLIENT).fill(303), 200]);
});

test("300 requests across two instances, one killed and one stopped mid-run: each stored once, each email delivered once", async () => {
  const formPage = await fetch(`${instances.a!.server.url}/appointments`).then((r) => r.text());
  const hidden = actionInputs(formPage);
  const fields = appointmentFields().map(([name, value]): [string, string] => [name, MARKERS[name as keyof typeof MARKERS] ?? value]);
  const keys = Array.from({ length: REQUESTS }, () => randomUUID());
  const storedBefore = Number(
    (await withPostgres(databaseUrl, (db) => db.query<{ n: string }>(`SELECT count(*) AS n FROM "AppointmentRequest"`))).rows[0]!.n,
  );
  const references = new Map<string, string>();
  let live: Instance[] = [instances.a!, instances.b!];
  let retries = 0;
  let completed = 0;

  /** Posts request `i` (from its own address) to a live instance; a connection that fails is retried on whichever is live. */
  async function submit(i: number): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const target = live[(i + attempt) % live.length]!;
      try {
        const response = await post(target, hidden, fields, clientAddress(i), keys[i]!);
        await response.arrayBuffer();
        expect(response.status, `request ${i} on ${target.name}`).toBe(303);
        const reference = new URL(response.headers.get("location")!, target.server.url).searchParams.get("ref");
        expect(reference).toBeTruthy();
        references.set(keys[i]!, reference!);
        completed++;
        return;
      } catch (err) {
        if (!(err instanceof TypeError)) throw err; // a failed connection; an assertion failure is not retried
        retries++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`request ${i} found no instance to answer it`);
  }

  let next = 0;
  const load = Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) await submit(next++);
    }),
  );
  const reached = async (count: number) => {
    while (completed < count) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  // A dies in the middle of a send: the relay holds A's message unanswered, then A is killed.
  await reached(100);
  relay.hold("a");
  const lostWithA = await relay.heldMessage("a", 20_000);
  live = [instances.b!];
  instances.a!.server.kill("SIGKILL");
  await instances.a!.server.exited;
  // The process's end can be seen before its connections' ends are: wait, as a relay would, to
  // learn that the sender hung up before it had the reply, so the message is not taken.
  await relay.sendersGone("a", 5_000);
  relay.release();
  instances.a = await start("a", instances.a!.port);
  live = [instances.b!, instances.a];

  // B is taken out of rotation, as a load balancer does before stopping an instance; once its
  // last requests and their after() work are done, only its periodic drain still sends. It is
  // stopped in the middle of such a send, and must finish it (the relay answers a second later)
  // before it exits.
  await reached(200);
  live = [instances.a];
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  relay.hold("b");
  const finishedByB = await relay.heldMessage("b", 20_000);
  const stopping = Date.now();
  instances.b!.server.kill("SIGTERM");
  setTimeout(() => relay.release(), 1_000);
  const exit = await instances.b!.server.exited;
  const stopMs = Date.now() - stopping;
  await load;

  // Every email of every request, sent: A's lost claim comes back after OUTBOX_LEASE_MS.
  const outbox = async () =>
    (await withPostgres(databaseUrl, (db) => db.query<{ id: string; status: string; attempts: number }>(`SELECT id, status, attempts FROM "OutboxEmail"`))).rows;
  await expect.poll(async () => (await outbox()).filter((row) => row.status !== "sent").length, { timeout: 60_000 }).toBe(0);

  const stored = await withPostgres(databaseUrl, (db) =>
    db.query<{ idempotencyKey: string; reference: string }>(`SELECT "idempotencyKey", reference FROM "AppointmentRequest"`),
  );
  expect(stored.rows).toHaveLength(storedBefore + REQUESTS);
  // The stored key is the form's key and a digest of the answers (lib/submissions/submit-form.server.ts).
  const ours = stored.rows.filter((row) => references.has(row.idempotencyKey.split(":")[0]!));
  expect(new Map(ours.map((row) => [row.idempotencyKey.split(":")[0], row.reference]))).toEqual(references);

  const rows = await outbox();
  expect(rows.length).toBeGreaterThanOrEqual(REQUESTS);
  const deliveries = new Map<string, Delivery[]>();
  for (const delivery of relay.delivered) deliveries.set(delivery.messageId, [...(deliveries.get(delivery.messageId) ?? []), delivery]);
  const domain = /@[^>]+>$/.exec(lostWithA)![0];
  const expected = new Set(rows.map((row) => `<${row.id}${domain}`));
  expect([...deliveries].filter(([id, times]) => !expected.has(id) || times.length !== 1)).toEqual([]);
  expect([...expected].filter((id) => !deliveries.has(id))).toEqual([]);
  expect(deliveries.get(lostWithA)).toHaveLength(1);
  expect(deliveries.get(finishedByB)).toHaveLength(1);
  // A's claim ran out and another instance sent the email on a second attempt; B recorded its send itself.
  const attempts = (messageId: string) => rows.find((row) => `<${row.id}${domain}` === messageId)!.attempts;
  expect(attempts(lostWithA)).toBe(2);
  expect(attempts(finishedByB)).toBe(1);

  // B finished its send and exited by itself, well before its shutdown timeout.
  expect(exit.signal).toBeNull();
  expect(stopMs).toBeLessThan(15_000);
  const logB = readFileSync(logs[1]!, "utf8");
  expect(logB).toContain('"event":"server.stopped"');
  expect(logB).not.toContain("server.stop_timed_out");

  // Logs: JSON lines, each naming its instance; a request's lines its request id, an email's its reference.
  for (const file of logs) {
    const log = readFileSync(file, "utf8");
    for (const value of Object.values(MARKERS)) expect(log, path.basename(file)).not.toContain(value);
    const lines = log.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) expect(line, path.basename(file)).toHaveProperty("instance");
    for (const line of lines.filter((l) => l.event === "appointment.stored")) expect(line).toHaveProperty("requestId");
    for (const line of lines.filter((l) => String(l.event).startsWith("email."))) expect(line).toHaveProperty("reference");
  }
  test.info().annotations.push({ type: "figures", description: `${retries} connection retries; B stopped in ${stopMs} ms` });
});
