/** Removes everything this run created: the temporary folder and its PostgreSQL databases. */
import { rmSync } from "node:fs";
import { ENV, postgresPrefix, withPostgres } from "./test-env";

export default async function globalTeardown(): Promise<void> {
  const dir = process.env[ENV.dir];
  if (dir) rmSync(dir, { recursive: true, force: true });

  const baseUrl = process.env[ENV.postgresUrl];
  const runId = process.env[ENV.runId];
  if (!baseUrl || !runId) return;
  await withPostgres(baseUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [postgresPrefix(runId)],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
