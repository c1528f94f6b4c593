/** Names shared by the global set-up, the global teardown and tests/helpers/db.ts. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

export const ENV = {
  runId: "TEST_RUN_ID",
  dir: "TEST_TMP_DIR",
  sqliteTemplate: "TEST_SQLITE_TEMPLATE",
  postgresTemplate: "TEST_POSTGRES_TEMPLATE",
  postgresUrl: "TEST_POSTGRES_URL",
} as const;

/** Every PostgreSQL database a run creates starts with this, so the teardown can find them all. */
export const postgresPrefix = (runId: string) => `clinic_test_${runId}_`;

export function migrationScripts(provider: "sqlite" | "postgres"): string[] {
  const dir = path.join(__dirname, "../../prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

export function postgresUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `fn` with a client connected to the database TEST_POSTGRES_URL names. */
export async function withPostgres<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
