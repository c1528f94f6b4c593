#!/usr/bin/env node
// One idempotent set-up step, run by `npm install` (generate only) and before
// `npm run dev` / `npm start`: checks the Node.js version (scripts/lib/node-version.mjs), generates both Prisma clients, creates .data/ and
// applies pending migrations to the database DATABASE_URL names (SQLite by default).
// Outside production, without ENCRYPTION_KEYS, it also creates the development encryption
// key file .data/encryption-keys once, and without AUTH_SECRET the development staff sign-in
// secret .data/auth-secret. `--print-key` (npm run key:generate) only prints new
// ENCRYPTION_KEYS and AUTH_SECRET lines for production and does nothing else.
// `--migrate-only` is `npm run db:deploy`: several instances may run it at the same moment;
// a lock lets one apply the migrations while the others wait, then find nothing to do.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { checkNode } from "./lib/node-version.mjs";

// First: on too old a Node.js, what follows fails with a message that does not say why. The
// note about the tests' packages comes with `npm install`, not with every start.
checkNode({ forTests: process.argv[2] === "--generate-only" });

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const require = createRequire(import.meta.url);
require("@next/env").loadEnvConfig(root, false, { info: () => {}, error: console.error });

const DEFAULT_DATABASE_URL = "file:./.data/clinic.db";
const configs = { sqlite: "prisma.config.ts", postgres: "prisma.config.postgres.ts" };
const mode = process.argv[2] ?? "--all";
const DEV_KEY_FILE = ".data/encryption-keys";
const DEV_AUTH_SECRET_FILE = ".data/auth-secret";

/** "id:base64" of a new random 32-byte key (format: lib/security/encryption.server.ts). */
function newKeySpec(prefix) {
  const today = new Date().toISOString().slice(0, 10).replaceAll("-", "");
  return `${prefix}${today}:${randomBytes(32).toString("base64")}`;
}

if (mode === "--print-key") {
  console.log(`ENCRYPTION_KEYS=${newKeySpec("k")}`);
  console.log(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
  process.exit(0);
}

function prisma(args, databaseUrl) {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

if (mode !== "--migrate-only") {
  // The URL only has to parse: generate never connects.
  prisma(["generate", "--config", configs.sqlite], DEFAULT_DATABASE_URL);
  prisma(["generate", "--config", configs.postgres], "postgres://localhost/unused");
}

if (mode !== "--generate-only") {
  mkdirSync(".data/mail", { recursive: true });
  if (!process.env.ENCRYPTION_KEYS && process.env.NODE_ENV !== "production" && !existsSync(DEV_KEY_FILE)) {
    writeFileSync(DEV_KEY_FILE, `${newKeySpec("dev")}\n`, { mode: 0o600, flag: "wx" });
    console.log(`Created a development encryption key in ${DEV_KEY_FILE}; never use it in production (see README.md, "Production").`);
  }
  if (!process.env.AUTH_SECRET && process.env.NODE_ENV !== "production" && !existsSync(DEV_AUTH_SECRET_FILE)) {
    writeFileSync(DEV_AUTH_SECRET_FILE, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  }
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : url.startsWith("file:") ? "sqlite" : undefined;
  if (!provider) {
    console.error("DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL). See README.md, \"Configuration\".");
    process.exit(1);
  }
  if (provider === "sqlite" && !existsSync(".data/clinic.db") && url === DEFAULT_DATABASE_URL) {
    console.log("Creating the embedded SQLite database in .data/clinic.db");
  }
  await withDeployLock(provider, url, () => prisma(["migrate", "deploy", "--config", configs[provider]], url));
}

/**
 * Runs `deploy` while holding a lock that every other deployer of the same database waits for.
 * PostgreSQL: a session advisory lock; SQLite: an exclusive transaction on a lock file beside
 * the database. Either is released by the server or the OS when this process dies.
 */
async function withDeployLock(provider, url, deploy) {
  if (provider === "postgres") {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Any constant other than the one Prisma's engine may take itself (72707369), or the two would deadlock.
    const key = 4_210_773_301;
    try {
      await client.query("SELECT pg_advisory_lock($1)", [key]);
      deploy();
    } finally {
      await client.end(); // ends the session, which releases the lock
    }
    return;
  }
  const { default: Database } = await import("better-sqlite3");
  const file = path.resolve(url.slice("file:".length));
  mkdirSync(path.dirname(file), { recursive: true });
  const lock = new Database(`${file}.deploy-lock`, { timeout: 10 * 60_000 });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    deploy();
  } finally {
    lock.close();
  }
}
