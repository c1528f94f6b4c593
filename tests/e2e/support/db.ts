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

/** What staff can change about a request and the accounts, to prove a refused action changed none of it. */
export function staffStateOf(reference: string): Row {
  return query((db) => ({
    status: (db.prepare(`SELECT "status" FROM "AppointmentRequest" WHERE "reference" = ?`).get(reference) as Row | undefined)?.status,
    notes: (db.prepare(`SELECT COUNT(*) AS n FROM "RequestNote" WHERE "reference" = ?`).get(reference) as { n: number }).n,
    emails: (db.prepare(`SELECT COUNT(*) AS n FROM "OutboxEmail" WHERE "reference" = ?`).get(reference) as { n: number }).n,
    accounts: db.prepare(`SELECT "id", "role", "active", "twoFactorEnabled" FROM "StaffUser" ORDER BY "id"`).all(),
    sessions: (db.prepare(`SELECT COUNT(*) AS n FROM "StaffSession"`).get() as { n: number }).n,
  }));
}

export function staffUserId(email: string): string {
  return query((db) => (db.prepare(`SELECT "id" FROM "StaffUser" WHERE "email" = ?`).get(email) as { id: string }).id);
}

export function outboxIdsFor(reference: string): string[] {
  return outboxFor(reference).map((row) => String(row.id));
}
