#!/usr/bin/env node
// `npm run test:migrations`: each schema's migrations produce exactly that schema (no
// drift between schema.prisma and migrations/ on either provider), and the PostgreSQL
// migrations apply to a fresh database with the CLI the set-up command uses. The
// integration tests cover the rest of the PostgreSQL path when TEST_POSTGRES_URL is set.
import { execFile, execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const baseUrl = process.env.TEST_POSTGRES_URL;
if (!baseUrl) {
  console.error("TEST_POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).");
  process.exit(1);
}

const results = [];
function check(name, fn) {
  const started = Date.now();
  try {
    fn();
    results.push(true);
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push(false);
    console.log(`  ✕ ${name}\n${String(err.stdout ?? "")}${String(err.stderr ?? err.message)}`);
  }
}

function prisma(args, databaseUrl) {
  return execFileSync(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

const database = `clinic_migrate_check_${process.pid}`;
const url = new URL(baseUrl);
url.pathname = `/${database}`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);

console.log("Migrations (SQLite and PostgreSQL)");
try {
  check("postgres migrations produce exactly prisma/postgres/schema.prisma", () =>
    prisma(
      [
        "migrate", "diff", "--exit-code", "--config", "prisma.config.postgres.ts",
        "--from-migrations", "prisma/postgres/migrations",
        "--to-schema-datamodel", "prisma/postgres/schema.prisma",
      ],
      url.toString(),
    ),
  );
  // The WASM engine cannot diff SQLite migrations through an adapter (P3006), so compare
  // the tables and indexes the migrations create with those the schema alone would create.
  check("sqlite migrations produce exactly prisma/sqlite/schema.prisma", () => {
    const fromSchema = prisma(
      ["migrate", "diff", "--config", "prisma.config.ts", "--from-empty", "--to-schema-datamodel", "prisma/sqlite/schema.prisma", "--script"],
      // The CLI opens this file although --from-empty never reads it; .data/ may not exist yet.
      `file:${path.join(os.tmpdir(), `clinic-migrate-check-${process.pid}.db`)}`,
    );
    const migrations = readdirSync(path.join(root, "prisma/sqlite/migrations"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => readFileSync(path.join(root, "prisma/sqlite/migrations", e.name, "migration.sql"), "utf8"))
      .sort();
    const shape = (sql) => {
      const mem = new Database(":memory:");
      mem.exec(sql);
      return mem
        // Triggers (the audit log's append-only guard) live in migrations only; Prisma does not model them.
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type != 'trigger' ORDER BY type, name")
        .all()
        .map((r) => `${r.type} ${r.name}: ${String(r.sql).replace(/\s+/g, " ")}`);
    };
    const [expected, actual] = [shape(fromSchema), shape(migrations.join("\n"))];
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      throw new Error(`schema:\n${expected.join("\n")}\n\nmigrations:\n${actual.join("\n")}`);
    }
  });
  check("migrate deploy applies every migration to an empty PostgreSQL database", () =>
    prisma(["migrate", "deploy", "--config", "prisma.config.postgres.ts"], url.toString()),
  );
  check("migrate status then reports the database up to date", () => {
    const out = prisma(["migrate", "status", "--config", "prisma.config.postgres.ts"], url.toString());
    if (!/up to date/i.test(out)) throw new Error(out);
  });
  // Instances of a deployment start together, each running `npm run db:deploy` (PostgreSQL: the
  // two-instance browser test starts its servers that way).
  const sqliteDir = path.join(os.tmpdir(), `clinic-deploy-check-${process.pid}`);
  const deployers = await Promise.all(
    [1, 2, 3].map(
      () =>
        new Promise((resolve) =>
          execFile(process.execPath, [path.join(root, "scripts/setup.mjs"), "--migrate-only"], {
            env: { ...process.env, DATABASE_URL: `file:${path.join(sqliteDir, "clinic.db")}`, CHECKPOINT_DISABLE: "1" },
          }, (error, stdout, stderr) => resolve({ error, stdout, stderr })),
        ),
    ),
  );
  check("three db:deploy at once on one SQLite file: all succeed, each migration applied once", () => {
    const failed = deployers.find((d) => d.error);
    if (failed) throw Object.assign(new Error("a deployer failed"), failed);
    const db = new Database(path.join(sqliteDir, "clinic.db"), { readonly: true });
    try {
      const rows = db.prepare("SELECT migration_name, count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name").all();
      const expected = readdirSync(path.join(root, "prisma/sqlite/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
      if (rows.length !== expected || rows.some((r) => r.n !== 1)) throw new Error(JSON.stringify(rows));
    } finally {
      db.close();
    }
  });
} finally {
  rmSync(path.join(os.tmpdir(), `clinic-deploy-check-${process.pid}`), { recursive: true, force: true });
  rmSync(path.join(os.tmpdir(), `clinic-migrate-check-${process.pid}.db`), { force: true });
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}

const passed = results.filter(Boolean).length;
console.log(`\nTests: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
