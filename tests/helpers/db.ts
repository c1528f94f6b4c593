/** A fresh, migrated database per test (file), on SQLite and, when configured, PostgreSQL. */
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import { ENV, postgresPrefix, postgresUrlFor, withPostgres } from "./test-env";

export type TestDb = { db: Db; url: string; cleanup(): Promise<void> };

/** SQLite always; PostgreSQL only when TEST_POSTGRES_URL is set. */
export const providers: DatabaseProvider[] = process.env[ENV.postgresUrl] ? ["sqlite", "postgres"] : ["sqlite"];

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest (tests/helpers/global-setup.ts)`);
  return value;
}

const uniqueSuffix = () => `${process.env.JEST_WORKER_ID ?? 0}_${randomUUID().slice(0, 8)}`;

export async function createTestDb(provider: DatabaseProvider): Promise<TestDb> {
  return provider === "postgres" ? createPostgresDb() : createSqliteDb();
}

async function createSqliteDb(): Promise<TestDb> {
  const file = path.join(required(ENV.dir), `test_${uniqueSuffix()}.db`);
  copyFileSync(required(ENV.sqliteTemplate), file);
  const url = `file:${file}`;
  const db = await createDb(url);
  return {
    db,
    url,
    async cleanup() {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}

async function createPostgresDb(): Promise<TestDb> {
  const baseUrl = required(ENV.postgresUrl);
  const name = `${postgresPrefix(required(ENV.runId))}${uniqueSuffix()}`;
  await withPostgres(baseUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${required(ENV.postgresTemplate)}"`));
  const url = postgresUrlFor(baseUrl, name);
  const db = await createDb(url);
  return {
    db,
    url,
    async cleanup() {
      await db.$disconnect();
      await withPostgres(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
