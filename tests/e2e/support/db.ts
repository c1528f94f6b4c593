/** Read-only look-ups in the test database (E2E_DB_PATH) that the app under test writes. */
import Database from "better-sqlite3";
import { requireEnv } from "./env";

export type Row = Record<string, unknown>;

function query<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(requireEnv("E2E_DB_PATH"), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function findAppointment(reference: string): Row | undefined {
  return query((db) => db.prepare(`SELECT * FROM "AppointmentRequest" WHERE "reference" = ?`).get(reference) as Row | undefined);
}

export function countAppointmentsWithLastName(lastName: string): number {
  return query(
    (db) => (db.prepare(`SELECT COUNT(*) AS n FROM "AppointmentRequest" WHERE "lastName" = ?`).get(lastName) as { n: number }).n,
  );
}

export function outboxFor(reference: string): Row[] {
  return query((db) => db.prepare(`SELECT * FROM "OutboxEmail" WHERE "reference" = ? ORDER BY "createdAt"`).all(reference) as Row[]);
}

export function findInsuranceRequest(reference: string): Row | undefined {
  return query((db) => db.prepare(`SELECT * FROM "InsuranceRequest" WHERE "reference" = ?`).get(reference) as Row | undefined);
}

export function countInsuranceRequestsWithLastName(lastName: string): number {
  return query(
    (db) => (db.prepare(`SELECT COUNT(*) AS n FROM "InsuranceRequest" WHERE "lastName" = ?`).get(lastName) as { n: number }).n,
  );
}

/** The plans of one insurance request (by InsuranceRequest.id), primary first. */
export function insuranceCoveragesOf(requestId: string): Row[] {
  return query((db) => db.prepare(`SELECT * FROM "InsuranceCoverage" WHERE "requestId" = ? ORDER BY "rank"`).all(requestId) as Row[]);
}

/** The card images of one insurance request; `content` comes back as a Buffer (still encrypted). */
export function insuranceCardsOf(requestId: string): Row[] {
  return query(
    (db) => db.prepare(`SELECT * FROM "InsuranceCard" WHERE "requestId" = ? ORDER BY "rank", "side"`).all(requestId) as Row[],
  );
}
