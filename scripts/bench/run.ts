/**
 * `npm run bench`: the performance budgets of docs/quality.md, measured in one run on this
 * machine and written to bench/report.md (and docs/quality.md's figures). `--quick` (CI: `npm run
 * bench:check`) runs every part briefly to show the harness works and writes to test-results/.
 * `--skip-build` reuses the existing .next build.
 *
 * 1. builds the site and the bare Next.js app (bench/bare-app) with the same packages;
 * 2. first-load JavaScript of every public page against the bare app's static and form pages;
 * 3. Lighthouse 13 (Debian Chromium) on home, a treatment page and both forms, desktop and mobile;
 * 4. the appointment action over HTTP against `next start` on SQLite and on PostgreSQL, and the
 *    bare app's no-op action, at concurrency 1, 8 and 32 (scripts/bench/load.ts);
 * 5. where a submission's time goes inside the server (scripts/bench/phases.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { SMTPServer } from "smtp-server";
import { publicPaths } from "@/lib/content/navigation";
import { actionInputs, appointmentFields, bareFormFields } from "./appointment";
import { buildBareApp } from "./bare-app";
import { firstLoadJs } from "./first-load-js";
import { medianLighthouse, type FormFactor } from "./lighthouse";
import { measureLoad, type LoadResult } from "./load";
import { measurePhases } from "./phases";
import { renderReport, updateQualityDoc, type Figures } from "./report";
import { isRunning, root, sleep, startNext, type RunningServer } from "../lib/next-server";

const FORM_PAGES = ["/appointments", "/verify-insurance"];

const { values: args } = parseArgs({ options: { quick: { type: "boolean" }, "skip-build": { type: "boolean" } } });
const quick = Boolean(args.quick);
const plan = quick
  ? { lighthouse: { pages: ["/"], formFactors: ["desktop"] as FormFactor[], runs: 1 }, concurrency: [8], warmupMs: 500, durationMs: 1500, phaseRuns: 20 }
  : { lighthouse: { pages: ["/", "TREATMENT", ...FORM_PAGES], formFactors: ["desktop", "mobile"] as FormFactor[], runs: 3 }, concurrency: [1, 8, 32], warmupMs: 2000, durationMs: 10_000, phaseRuns: 300 };

const work = path.join(root, "bench/.work");
const checks: { name: string; ok: boolean; detail?: string }[] = [];
/** A harness check: the measurement produced what it should. Budgets are reported, not checked. */
function check(name: string, ok: boolean, detail?: string) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? ` (${detail})` : ""}`);
}
const step = (label: string) => console.log(`\n== ${label}`);

/** An SMTP server that accepts and counts every message: where the app's emails go during the run. */
async function startSmtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // A reverse DNS lookup per connection would make every send wait on this closed network.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function machine(postgresVersion: string | undefined): Figures["machine"] {
  const chromium = spawnSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).stdout?.trim();
  return {
    date: new Date().toISOString(),
    cpu: `${os.cpus()[0]?.model ?? "unknown"} × ${os.cpus().length}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: (require("next/package.json") as { version: string }).version,
    chromium: chromium || "not found",
    postgres: postgresVersion ?? "not measured",
  };
}

async function createPostgresDatabase(): Promise<{ url: string; version: string; drop(): Promise<void> } | { error: string }> {
  const base = process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/test";
  const name = `clinic_bench_${process.pid}`;
  const admin = new Client({ connectionString: base });
  try {
    await admin.connect();
    const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    // Databases of runs that were stopped before they could drop theirs.
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, 'clinic_bench_')");
    for (const { datname } of rows) if (!isRunning(Number(datname.slice("clinic_bench_".length)))) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      version,
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  } catch (err) {
    await admin.end().catch(() => {});
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function migrate(databaseUrl: string) {
  execFileSync(process.execPath, ["scripts/setup.mjs", "--migrate-only"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
}

async function main() {
  const started = Date.now();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  process.env.LOG_LEVEL = "silent"; // the in-process phases; the servers log as in production

  step("builds");
  if (!(args["skip-build"] && existsSync(path.join(root, ".next/BUILD_ID")))) execFileSync("npm", ["run", "--silent", "build"], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  const bareDir = buildBareApp();
  console.log("built the site and the bare app");

  const smtp = await startSmtpSink();
  const postgres = await createPostgresDatabase();
  check("PostgreSQL is reachable for the benchmark", !("error" in postgres), "error" in postgres ? postgres.error : undefined);
  const sqliteUrl = `file:${path.join(work, "bench.db")}`;
  migrate(sqliteUrl);
  if (!("error" in postgres)) migrate(postgres.url);

  const appEnv = (databaseUrl: string) => ({
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    SITE_URL: "https://clinic.example.test",
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // The limiter still runs on every request; only its ceilings are lifted for the load.
    SUBMISSIONS_PER_CLIENT_PER_HOUR: "1000000000",
    SUBMISSIONS_PER_MINUTE: "1000000000",
  });

  const figures: Figures = {
    quick,
    machine: machine("error" in postgres ? undefined : postgres.version),
    firstLoad: [],
    lighthouse: [],
    loadWindow: { warmupMs: plan.warmupMs, durationMs: plan.durationMs },
    load: [],
    phases: [],
  };
  const servers: RunningServer[] = [];
  try {
    const bare = await startNext({ dir: bareDir, logFile: path.join(work, "bare.log") });
    servers.push(bare);
    const app = await startNext({ env: appEnv(sqliteUrl), logFile: path.join(work, "app-sqlite.log") });
    servers.push(app);

    step("first-load JavaScript (gzip)");
    const bareStatic = await firstLoadJs(bare.url, path.join(bareDir, ".next"), "/");
    const bareForm = await firstLoadJs(bare.url, path.join(bareDir, ".next"), "/form");
    for (const page of publicPaths()) {
      const form = FORM_PAGES.includes(page);
      const { bytes, files } = await firstLoadJs(app.url, path.join(root, ".next"), page);
      figures.firstLoad.push({ page, bytes, files, kind: form ? "form" : "content", bareBytes: form ? bareForm.bytes : bareStatic.bytes });
    }
    check("first-load JavaScript measured on every public page", figures.firstLoad.length === publicPaths().length && figures.firstLoad.every((f) => f.bytes > 0));
    console.log(`bare static page ${bareStatic.bytes} B, bare form page ${bareForm.bytes} B, site pages ${figures.firstLoad.map((f) => f.bytes).join(", ")} B`);

    step("Lighthouse");
    const treatment = publicPaths().find((p) => p.startsWith("/treatments/"))!;
    for (const page of plan.lighthouse.pages.map((p) => (p === "TREATMENT" ? treatment : p))) {
      for (const formFactor of plan.lighthouse.formFactors) {
        const result = await medianLighthouse(app.url + page, formFactor, plan.lighthouse.runs);
        figures.lighthouse.push({ page, formFactor, ...result });
        console.log(`${page} ${formFactor}: ${JSON.stringify(result.scores)}`);
      }
    }
    check("Lighthouse scored every page", figures.lighthouse.every((l) => Object.values(l.scores).every(Number.isFinite)));

    step("load: the appointment action and a no-op action, over HTTP");
    const bareInputs = actionInputs(await (await fetch(`${bare.url}/form`)).text());
    const loadOn = async (target: string, url: string, fields: [string, string][], expectLocation: string, unique?: string) => {
      let served = 0;
      for (const concurrency of plan.concurrency) {
        const result: LoadResult = await measureLoad({ url, fields, uniqueField: unique, expectLocation, concurrency, warmupMs: plan.warmupMs, durationMs: plan.durationMs });
        figures.load.push({ target, concurrency, ...result });
        served += result.served;
        check(`${target} at concurrency ${concurrency}: every request answered as expected`, result.errors === 0 && result.requests > 0, `${result.requests} requests, ${Math.round(result.requestsPerSecond)}/s, p95 ${result.p95.toFixed(1)} ms${result.errors ? `, problems ${JSON.stringify(result.problems)}` : ""}`);
      }
      return served;
    };
    await loadOn("no-op action (bare app)", `${bare.url}/form`, [...bareInputs, ...bareFormFields()], "/form/done");

    const { createDb } = await import("@/lib/db/client.server");
    const appointmentLoad = async (label: string, server: RunningServer, databaseUrl: string) => {
      const inputs = actionInputs(await (await fetch(`${server.url}/appointments`)).text());
      const before = smtp.received();
      const served = await loadOn(`appointment action, ${label}`, `${server.url}/appointments`, [...inputs, ...appointmentFields()], "/appointments/confirmed", "idempotencyKey");
      // Every stored request's two emails go out after its response; wait for the last of them.
      const db = await createDb(databaseUrl);
      try {
        const drainStarted = Date.now();
        while ((await db.outboxEmail.count({ where: { status: "pending" } })) > 0 && Date.now() - drainStarted < 120_000) await sleep(250);
        const stored = await db.appointmentRequest.count();
        const sent = await db.outboxEmail.count({ where: { status: "sent" } });
        const emails = await db.outboxEmail.count();
        check(`${label}: each answered request stored once`, stored === served, `${served} answered, ${stored} stored`);
        check(`${label}: every email sent once, none left`, sent === emails && smtp.received() - before === emails && emails === stored * 2, `${emails} queued, ${sent} sent, ${smtp.received() - before} received`);
      } finally {
        await db.$disconnect();
      }
    };
    await appointmentLoad("SQLite", app, sqliteUrl);
    await app.stop();

    if (!("error" in postgres)) {
      const appPg = await startNext({ env: appEnv(postgres.url), logFile: path.join(work, "app-postgres.log") });
      servers.push(appPg);
      await appointmentLoad("PostgreSQL", appPg, postgres.url);
      await appPg.stop();
    }

    step("where the time goes, in the server process");
    for (const [label, url] of [["SQLite", `file:${path.join(work, "phases.db")}`], ...("error" in postgres ? [] : [["PostgreSQL", postgres.url]])] as [string, string][]) {
      if (label === "SQLite") migrate(url);
      const phases = await measurePhases(url, smtp.url, plan.phaseRuns);
      figures.phases.push({ database: label, ...phases });
      check(`phases measured on ${label}`, Number.isFinite(phases.submit.median), `submit median ${phases.submit.median.toFixed(2)} ms`);
    }
  } finally {
    for (const server of servers) await server.stop();
    await smtp.close();
    if (!("error" in postgres)) await postgres.drop();
  }

  figures.seconds = Math.round((Date.now() - started) / 1000);
  const report = renderReport(figures);
  const outDir = quick ? path.join(root, "test-results") : path.join(root, "bench");
  mkdirSync(outDir, { recursive: true });
  const name = quick ? "bench-quick" : "report";
  writeFileSync(path.join(outDir, `${name}.md`), report);
  writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (!quick) updateQualityDoc(figures);
  console.log(`\n${report}\nWrote ${path.relative(root, path.join(outDir, `${name}.md`))}${quick ? "" : " and docs/quality.md"} in ${figures.seconds} s.`);

  const failed = checks.filter((c) => !c.ok).length;
  console.log(`Bench harness: ${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log("Bench harness: 0 passed, 1 failed");
  process.exitCode = 1;
});
