import "server-only";
import type { Db } from "@/lib/db/client.server";
import { AUDIT_ACTIONS, type AuditAction } from "./audit.server";
import { keysetWhere, type Cursor } from "./filters";
import { assertRole, type Staff } from "./session.server";

export const AUDIT_PAGE_SIZE = 100;

export type AuditQuery = { action?: AuditAction; reference?: string; actor?: string; before?: Cursor };

export const isAuditAction = (value: unknown): value is AuditAction => typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);

/** The audit log for admins, newest first, filtered by action, reference or staff email. */
export async function readAuditLog(db: Db, staff: Staff, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE) {
  assertRole(staff, "admin");
  const rows = await db.auditEvent.findMany({
    where: {
      ...(query.action ? { action: query.action } : {}),
      ...(query.reference ? { reference: query.reference } : {}),
      ...(query.actor ? { actorEmail: query.actor } : {}),
      ...keysetWhere(query.before),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  return { rows: rows.slice(0, pageSize), more: rows.length > pageSize };
}
