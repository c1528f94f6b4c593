import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { env } from "@/lib/env.server";
import { providerOf } from "@/lib/db/url";

/** Both generated clients declare the same models, so one type serves both. */
export type Db = SqliteClient;

type PgTransaction = Awaited<ReturnType<Awaited<ReturnType<PrismaPg["connect"]>>["startTransaction"]>>;

/**
 * PrismaPg, repaired for a connection cut inside a transaction (PostgreSQL restarted, a
 * failover, a killed backend). Prisma 6.19 ends a transaction by running COMMIT or ROLLBACK
 * and only then giving the connection back to the pool; when that statement fails, the
 * connection is never given back. Each cut leaks the connections that were in a transaction,
 * until the pool (10) is used up and every request waits forever. Here a failed COMMIT or
 * ROLLBACK gives the connection back at once; the pool drops it, being dead, and opens another
 * (tests/integration/faults-database.test.ts).
 */
class PrismaPgReleasingCutTransactions extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releasedWhenEndFails(await startTransaction(isolationLevel));
    return adapter;
  }
}

function releasedWhenEndFails(tx: PgTransaction): PgTransaction {
  const executeRaw = tx.executeRaw.bind(tx);
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  let released = false;
  const once = (release: () => Promise<void>) => async () => {
    if (released) return;
    released = true;
    await release();
  };
  tx.commit = once(commit);
  tx.rollback = once(rollback);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (err) {
      if (query.sql === "COMMIT" || query.sql === "ROLLBACK") await tx.rollback();
      throw err;
    }
  };
  return tx;
}

export async function createDb(url: string): Promise<Db> {
  if (providerOf(url) === "postgres") {
    return new PostgresClient({ adapter: new PrismaPgReleasingCutTransactions({ connectionString: url }) }) as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
  try {
    // WAL lets readers run beside the writer, and synchronous=NORMAL drops an fsync per commit
    // (still durable against a crash of the app; see docs/decisions/0002).
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  } catch (err) {
    // A file that is not a database stays open otherwise, one more handle each time db() retries.
    await client.$disconnect().catch(() => undefined);
    throw err;
  }
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
