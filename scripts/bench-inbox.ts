/**
 * How the staff inbox's queries scale: `npm run bench:inbox [-- --rows 100000]`. Seeds a
 * throw-away SQLite database (or the PostgreSQL database in BENCH_DATABASE_URL) with that many
 * requests of both kinds and prints the median time of each query the inbox page runs.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

async function main() {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" } } });
  const total = Number(values.rows);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-inbox-"));
  const url = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`;
  execFileSync(process.execPath, ["scripts/setup.mjs", "--migrate-only"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });

  const { createDb } = await import("@/lib/db/client.server");
  const { listRequests, countByStatus } = await import("@/lib/staff/requests.server");
  const { parseFilters } = await import("@/lib/staff/filters");
  const { STATUSES } = await import("@/lib/staff/workflow");
  type Staff = import("@/lib/staff/session.server").Staff;
  const db = await createDb(url);
  const staff = { id: "bench", name: "Bench", email: "bench@example.test", role: "admin", sessionId: "bench" } as unknown as Staff;

  const started = Date.now();
  const start = Date.UTC(2025, 0, 1);
  const row = (i: number, prefix: string) => ({
    reference: `${prefix}-${String(i).padStart(8, "0").slice(0, 4)}-${String(i).padStart(8, "0").slice(4)}`,
    idempotencyKey: randomUUID(),
    status: STATUSES[i % STATUSES.length]!,
    createdAt: new Date(start + i * 60_000),
    firstName: "Bench",
    lastName: `Person${i}`,
    dateOfBirth: "1980-01-01",
    phone: "(541) 555-0100",
    email: `p${i}@example.test`,
    treatment: "esketamine",
  });
  for (let i = 0; i < total; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, total - i) }, (_, k) => i + k);
    const appointments = batch.filter((n) => n % 2 === 0);
    const insurance = batch.filter((n) => n % 2 === 1);
    await db.appointmentRequest.createMany({
      data: appointments.map((n) => ({
        ...row(n, "APT"),
        preferredContact: "phone",
        availableDays: "mon",
        availableTimes: "morning",
        patientStatus: "new",
        consentToContactAt: new Date(),
      })),
    });
    await db.insuranceRequest.createMany({ data: insurance.map((n) => ({ ...row(n, "INS"), coverageType: "self-pay" })) });
  }
  console.log(`Seeded ${total.toLocaleString("en-US")} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"})`);

  async function time(label: string, fn: () => Promise<unknown>, runs = 15) {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await fn();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    console.log(`${label.padEnd(48)} median ${ms[Math.floor(runs / 2)]!.toFixed(1).padStart(7)} ms   max ${ms.at(-1)!.toFixed(1).padStart(7)} ms`);
  }

  const all = parseFilters({});
  const deep = (await listRequests(db, staff, all, Math.floor(total / 2))).next!;
  await time("first page, all kinds (50 rows)", () => listRequests(db, staff, all));
  await time("page half-way down (cursor)", () => listRequests(db, staff, parseFilters({ before: deep })));
  await time("first page, status = in-review", () => listRequests(db, staff, parseFilters({ status: "in-review" })));
  await time("first page, insurance, one month", () => listRequests(db, staff, parseFilters({ kind: "insurance", from: "2025-02-01", to: "2025-02-28" })));
  await time("reference search", () => listRequests(db, staff, parseFilters({ ref: "apt 0000 1234" })));
  await time("counts per status, all rows", () => countByStatus(db, staff, all));
  await time("counts per status, one month", () => countByStatus(db, staff, parseFilters({ from: "2025-02-01", to: "2025-02-28" })));

  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

void main();
