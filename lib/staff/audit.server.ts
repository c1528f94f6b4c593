import "server-only";
import type { Db } from "@/lib/db/client.server";
import type { Client } from "./client.server";

/** Everything the audit log records. Keep lib/staff/audit-labels.ts in step. */
export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-in.failed",
  "sign-in.locked",
  "sign-out",
  "sign-out.everywhere",
  "account.create",
  "account.setup-link",
  "account.setup",
  "account.update",
  "request.view",
  "request.status",
  "request.note",
  "card.view",
  "email.resend",
  "export",
  "retention.purge",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Facts about the event: statuses, counts, filters, ids. Never patient data. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export type AuditEntry = {
  action: AuditAction;
  /** Who did it; null for the system (command line) and for sign-ins with an unknown email. */
  actor: { id: string; email: string } | null;
  reference?: string;
  detail?: AuditDetail;
  client?: Client;
};

/** Appends one event. The table refuses updates and deletes (see the staff_inbox migration). */
export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: auditRow(entry) });
}

export function auditRow({ action, actor, reference, detail, client }: AuditEntry) {
  return {
    action,
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    reference: reference ?? null,
    detail: detail ? JSON.stringify(detail) : null,
    clientIp: client?.ip ?? null,
    userAgent: client?.userAgent ?? null,
  };
}
