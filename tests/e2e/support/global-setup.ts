/**
 * Playwright global setup; the function it returns is the global teardown.
 *
 * 1. an in-process SMTP server on 127.0.0.1 (free port) that saves every message as .eml;
 * 2. a temporary SQLite database, migrated with `node scripts/setup.mjs --migrate-only`;
 * 3. `next build` (skipped with E2E_SKIP_BUILD=1 when .next/BUILD_ID exists);
 * 4. the standalone server as `npm start` runs it, on 127.0.0.1 (free port) in its own process
 *    group, NODE_ENV=production.
 *
 * Workers see process.env changes made here: E2E_BASE_URL, E2E_DB_PATH, E2E_MAIL_DIR,
 * E2E_SERVER_LOG (the server's stdout/stderr, kept in test-results/ after the run),
 * E2E_ENCRYPTION_KEYS (the server's ENCRYPTION_KEYS, to decrypt stored rows) and
 * E2E_APP_ENV_FILE (the server's settings as JSON, to run project commands against it).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, nextBin, root, startNext, type RunningServer } from "../../../scripts/lib/next-server";
import { startMailCatcher, type MailCatcher } from "./smtp";

function log(message: string) {
  console.log(`[e2e setup] ${message}`);
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
  let server: RunningServer | undefined;

  const teardown = async () => {
    if (server) await server.stop();
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
      runStep("copy the served files into the standalone build", process.execPath, ["scripts/standalone-assets.mjs"], appEnv);
    }

    const startStarted = Date.now();
    server = await startNext({ env: appEnv, logFile: serverLog, port });
    log(`the server answered on ${baseURL} after ${((Date.now() - startStarted) / 1000).toFixed(1)} s`);

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
