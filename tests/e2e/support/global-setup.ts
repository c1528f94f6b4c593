/**
 * Playwright global setup; the function it returns is the global teardown.
 *
 * 1. an in-process SMTP server on 127.0.0.1 (free port) that saves every message as .eml;
 * 2. a temporary SQLite database, migrated with `node scripts/setup.mjs --migrate-only`;
 * 3. `next build` (skipped with E2E_SKIP_BUILD=1 when .next/BUILD_ID exists);
 * 4. `next start` on 127.0.0.1 (free port) in its own process group, NODE_ENV=production.
 *
 * Workers see process.env changes made here: E2E_BASE_URL, E2E_DB_PATH, E2E_MAIL_DIR,
 * E2E_SERVER_LOG (the server's stdout/stderr, kept in test-results/ after the run),
 * E2E_ENCRYPTION_KEYS (the server's ENCRYPTION_KEYS, to decrypt stored rows) and
 * E2E_APP_ENV_FILE (the server's settings as JSON, to run project commands against it).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startMailCatcher, type MailCatcher } from "./smtp";

const root = path.resolve(__dirname, "../../..");
const nextBin = path.join(root, "node_modules/.bin/next");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function log(message: string) {
  console.log(`[e2e setup] ${message}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = address && typeof address === "object" ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Runs a command to completion with its output shown; throws when it fails. */
function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now();
  log(`${label}: ${path.relative(root, command) || command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.error) throw new Error(`${label} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${label} failed (exit code ${result.status ?? `signal ${result.signal}`})`);
  log(`${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function tail(file: string, lines = 60): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

function isRunning(child: ChildProcess) {
  return child.exitCode === null && child.signalCode === null;
}

async function waitForServer(url: string, child: ChildProcess, logFile: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      throw new Error(
        `next start exited (code ${child.exitCode}, signal ${child.signalCode}) before answering. Its output:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status !== 200) log(`GET ${url} answered ${response.status} (tests will report it)`);
      return;
    } catch (err) {
      lastProblem = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    }
    await sleep(250);
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs / 1000} s (${lastProblem}). Its output:\n${tail(logFile)}`);
}

/** Sends a signal to the whole process group of a detached child; false when it is gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function stopServer(child: ChildProcess) {
  const pid = child.pid;
  if (pid === undefined) return;
  if (signalGroup(pid, "SIGTERM")) {
    const deadline = Date.now() + 5_000;
    while (isRunning(child) && Date.now() < deadline) await sleep(100);
  }
  // Whatever is left in the group (the leader ignoring SIGTERM, or children it spawned).
  signalGroup(pid, "SIGKILL");
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const setupStarted = Date.now();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "clinic-e2e-"));
  const mailDir = path.join(tempDir, "mail");
  const devMailDir = path.join(tempDir, "dev-mail");
  mkdirSync(mailDir);
  mkdirSync(devMailDir);
  const dbPath = path.join(tempDir, "e2e.db");
  const resultsDir = path.join(root, "test-results");
  mkdirSync(resultsDir, { recursive: true });
  const serverLog = path.join(resultsDir, "e2e-server.log");

  let mail: MailCatcher | undefined;
  let server: ChildProcess | undefined;
  const killOnExit = () => {
    if (server?.pid !== undefined) signalGroup(server.pid, "SIGKILL");
  };

  const teardown = async () => {
    process.off("exit", killOnExit);
    if (server) await stopServer(server);
    if (mail) await mail.close();
    rmSync(tempDir, { recursive: true, force: true });
    log(`stopped the server and the SMTP catcher; removed ${tempDir} (server output: ${path.relative(root, serverLog)})`);
  };

  try {
    mail = await startMailCatcher(mailDir);
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    log(`SMTP catcher on 127.0.0.1:${mail.port}, messages in ${mailDir}`);

    // A fresh key per run, in the ENCRYPTION_KEYS format ("id:base64"); lib/security/
    // encryption.server.ts cannot be imported here (server-only).
    const encryptionKeys = `e2e:${randomBytes(32).toString("base64")}`;
    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${dbPath}`,
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      SMTP_TIMEOUT_MS: "3000",
      // Every test posts from 127.0.0.1, the fuzz spec alone a few hundred times in a minute or two;
      // the limits themselves are proven by the integration tests.
      SUBMISSIONS_PER_CLIENT_PER_HOUR: "5000",
      SUBMISSIONS_PER_MINUTE: "5000",
      SITE_URL: baseURL,
      ENCRYPTION_KEYS: encryptionKeys,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      MAIL_DIR: devMailDir,
      TRUSTED_PROXY_COUNT: "0",
    };
    const appEnvFile = path.join(tempDir, "app-env.json");
    const settings = ["NODE_ENV", "DATABASE_URL", "SMTP_URL", "SITE_URL", "ENCRYPTION_KEYS", "AUTH_SECRET", "MAIL_DIR"] as const;
    writeFileSync(appEnvFile, JSON.stringify(Object.fromEntries(settings.map((name) => [name, appEnv[name]]))), { mode: 0o600 });
    delete appEnv.PORT;
    delete appEnv.HOSTNAME;

    runStep("migrate the test database", process.execPath, ["scripts/setup.mjs", "--migrate-only"], appEnv);

    if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(root, ".next/BUILD_ID"))) {
      log("E2E_SKIP_BUILD=1: reusing the existing .next build");
    } else {
      runStep("next build", nextBin, ["build"], appEnv);
    }

    const logFd = openSync(serverLog, "w");
    try {
      server = spawn(nextBin, ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
        cwd: root,
        env: appEnv,
        detached: true,
        stdio: ["ignore", logFd, logFd],
      });
    } finally {
      closeSync(logFd);
    }
    process.on("exit", killOnExit);
    const startStarted = Date.now();
    await waitForServer(`${baseURL}/`, server, serverLog);
    log(`next start answered on ${baseURL} after ${((Date.now() - startStarted) / 1000).toFixed(1)} s`);

    process.env.E2E_BASE_URL = baseURL;
    process.env.E2E_DB_PATH = dbPath;
    process.env.E2E_MAIL_DIR = mailDir;
    process.env.E2E_SERVER_LOG = serverLog;
    process.env.E2E_ENCRYPTION_KEYS = encryptionKeys;
    process.env.E2E_APP_ENV_FILE = appEnvFile;
    log(`set-up took ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);
    return teardown;
  } catch (err) {
    await teardown();
    throw err;
  }
}
