/**
 * Once per run: a migrated SQLite template file, and (when TEST_POSTGRES_URL is set) a migrated
 * PostgreSQL template database. Each test copies one (tests/helpers/db.ts) instead of migrating.
 */
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Client } from "pg";
import { isRunning } from "../../scripts/lib/next-server";
import { ENV, migrationScripts, postgresPrefix, postgresUrlFor, withPostgres } from "./test-env";

export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "clinic-test-"));
  // Workers inherit this process's environment.
  process.env[ENV.runId] = runId;
  process.env[ENV.dir] = dir;

  const templateFile = path.join(dir, "template.db");
  const sqlite = new Database(templateFile);
  try {
    sqlite.pragma("journal_mode = WAL");
    for (const sql of migrationScripts("sqlite")) sqlite.exec(sql);
  } finally {
    sqlite.close(); // checkpoints the WAL, so the file alone holds the schema
  }
  process.env[ENV.sqliteTemplate] = templateFile;

  const baseUrl = process.env[ENV.postgresUrl];
  if (!baseUrl) return;
  const template = `${postgresPrefix(runId)}template`;
  await withPostgres(baseUrl, async (client) => {
    await dropLeftovers(client);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  await withPostgres(postgresUrlFor(baseUrl, template), async (client) => {
    for (const sql of migrationScripts("postgres")) await client.query(sql);
  });
  process.env[ENV.postgresTemplate] = template;
}

/** Drops the databases of earlier runs that were killed before their teardown (their process is gone). */
async function dropLeftovers(client: Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE starts_with(datname, 'clinic_test_')",
  );
  for (const { datname } of rows) {
    const pid = Number(/^clinic_test_(\d+)_/.exec(datname)?.[1]);
    if (pid && !isRunning(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}
