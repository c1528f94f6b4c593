import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { env } from "@/lib/env.server";
import { providerOf } from "@/lib/db/url";

/** Both generated clients declare the same models, so one type serves both. */
export type Db = SqliteClient;

export async function createDb(url: string): Promise<Db> {
  if (providerOf(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  // WAL lets readers run beside the writer, and synchronous=NORMAL drops an fsync per commit
  // (still durable against a crash of the app; see docs/decisions/0002).
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return client;
}

const globalForDb = globalThis as unknown as { clinicDb?: Promise<Db> };

/** The application's database client, created once per process (and kept across dev reloads). */
export function db(): Promise<Db> {
  globalForDb.clinicDb ??= createDb(env().DATABASE_URL).catch((err: unknown) => {
    globalForDb.clinicDb = undefined; // let the next request try again
    throw err;
  });
  return globalForDb.clinicDb;
}
