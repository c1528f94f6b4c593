import "server-only";
import type { Db } from "@/lib/db/client.server";
import { SESSION_IDLE_MS, type StaffAuth } from "./auth.server";
import { isRole, type Role } from "./roles";

declare const verified: unique symbol;

/**
 * A signed-in staff member, as read from a valid session. Only `staffFromHeaders` makes one,
 * and every function that reads or changes requests takes one, so the data layer cannot be
 * called on behalf of nobody.
 */
export type Staff = Readonly<{ id: string; name: string; email: string; role: Role; sessionId: string }> & {
  readonly [verified]: true;
};

/** Activity is written at most this often, so reading pages is not a write per request. */
const ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * The staff member whose session cookie is in `headers`, or null. A session counts only if
 * it is unexpired (12 hours from sign-in), was used within the idle timeout, and belongs to
 * an active account that has finished setting up its authenticator. An idle session is
 * deleted, so it cannot come back.
 */
export async function staffFromHeaders(auth: StaffAuth, db: Db, headers: Headers, now = new Date()): Promise<Staff | null> {
  const found = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  if (!found) return null;
  const { session, user } = found;
  if (!user.twoFactorEnabled || !user.active || !isRole(user.role)) return null;

  const idleFor = now.getTime() - new Date(session.updatedAt).getTime();
  if (idleFor > SESSION_IDLE_MS) {
    await db.staffSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleFor > ACTIVITY_RESOLUTION_MS) {
    await db.staffSession.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  }
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.id } as Staff;
}

export function hasRole(staff: Staff, role: Role): boolean {
  return role === "front-desk" || staff.role === "admin";
}

export class ForbiddenError extends Error {
  constructor() {
    super("This needs an admin account.");
    this.name = "ForbiddenError";
  }
}

/** The data layer's own check, whatever the caller did before. */
export function assertRole(staff: Staff, role: Role): void {
  if (!hasRole(staff, role)) throw new ForbiddenError();
}
