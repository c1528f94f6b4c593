import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import type { Db } from "@/lib/db/client.server";
import { audit } from "./audit.server";
import type { StaffAuth } from "./auth.server";
import type { Client } from "./client.server";
import type { Role } from "./roles";
import { assertRole, type Staff } from "./session.server";

/** How long a set-up link works. It also stops working once used. */
export const SETUP_LINK_HOURS = 72;
const SETUP_PREFIX = "staff-setup:";

/** The command line, or an admin in the staff area. */
export type AccountActor = { kind: "cli" } | { kind: "staff"; staff: Staff; client: Client };

const auditActor = (by: AccountActor) => (by.kind === "staff" ? { id: by.staff.id, email: by.staff.email } : null);
const auditClient = (by: AccountActor) => (by.kind === "staff" ? by.client : undefined);
const hashToken = (token: string) => `${SETUP_PREFIX}${createHash("sha256").update(token).digest("base64url")}`;

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountError";
  }
}

export type NewAccount = { email: string; name: string; role: Role };

/** Creates an account with no password and returns its one-time set-up token. */
export async function createStaffAccount(db: Db, account: NewAccount, by: AccountActor): Promise<{ userId: string; token: string; expiresAt: Date }> {
  if (by.kind === "staff") assertRole(by.staff, "admin");
  const email = account.email.trim().toLowerCase();
  if (await db.staffUser.findUnique({ where: { email }, select: { id: true } })) {
    throw new AccountError(`An account for ${email} already exists.`);
  }
  const user = await db.staffUser.create({
    data: { id: randomUUID(), email, name: account.name.trim(), role: account.role, emailVerified: true },
  });
  await audit(db, { action: "account.create", actor: auditActor(by), detail: { userId: user.id, role: account.role }, client: auditClient(by) });
  return { userId: user.id, ...(await issueSetupToken(db, user.id)) };
}

/**
 * Starts the account over: a new set-up link, the password and authenticator removed and
 * every session ended. For a staff member who lost their phone or password.
 */
export async function resetStaffAccount(db: Db, userId: string, by: AccountActor): Promise<{ token: string; expiresAt: Date }> {
  if (by.kind === "staff") assertRole(by.staff, "admin");
  const user = await db.staffUser.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new AccountError("There is no such account.");
  await db.$transaction([
    db.staffSession.deleteMany({ where: { userId } }),
    db.staffAccount.deleteMany({ where: { userId } }),
    db.staffTwoFactor.deleteMany({ where: { userId } }),
    db.staffUser.update({ where: { id: userId }, data: { twoFactorEnabled: false } }),
  ]);
  await audit(db, { action: "account.setup-link", actor: auditActor(by), detail: { userId }, client: auditClient(by) });
  return issueSetupToken(db, userId);
}

async function issueSetupToken(db: Db, userId: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3_600_000);
  await db.$transaction([
    db.staffVerification.deleteMany({ where: { value: userId, identifier: { startsWith: SETUP_PREFIX } } }),
    db.staffVerification.create({ data: { id: randomUUID(), identifier: hashToken(token), value: userId, expiresAt } }),
  ]);
  return { token, expiresAt };
}

export type SetupAccount = { id: string; email: string; name: string };

/** The account a set-up token belongs to, while the token is unused and unexpired. */
export async function findSetup(db: Db, token: string, now = new Date()): Promise<SetupAccount | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.staffVerification.findFirst({ where: { identifier: hashToken(token), expiresAt: { gt: now } } });
  if (!row) return null;
  return db.staffUser.findFirst({ where: { id: row.value, active: true, twoFactorEnabled: false }, select: { id: true, email: true, name: true } });
}

export type Enrolment = { totpURI: string; backupCodes: string[]; setCookies: string[] };

/**
 * Set-up, step one: store the chosen password and create an authenticator secret. The
 * browser gets a session that the staff area does not accept until `finishSetup` has seen
 * a valid code (lib/staff/session.server.ts requires twoFactorEnabled).
 */
export async function beginSetup(auth: StaffAuth, db: Db, token: string, password: string): Promise<Enrolment | null> {
  const account = await findSetup(db, token);
  if (!account) return null;
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  const credential = await db.staffAccount.findFirst({ where: { userId: account.id, providerId: "credential" } });
  await db.$transaction([
    db.staffSession.deleteMany({ where: { userId: account.id } }),
    credential
      ? db.staffAccount.update({ where: { id: credential.id }, data: { password: hash } })
      : db.staffAccount.create({ data: { id: randomUUID(), accountId: account.id, providerId: "credential", userId: account.id, password: hash } }),
  ]);

  const signIn = await auth.api.signInEmail({ body: { email: account.email, password }, returnHeaders: true });
  const setCookies = signIn.headers.getSetCookie();
  const enabled = await auth.api.enableTwoFactor({ body: { password }, headers: cookieHeader(setCookies) });
  if (!("totpURI" in enabled) || !enabled.totpURI) throw new Error("authenticator set-up returned no secret");
  return { totpURI: enabled.totpURI, backupCodes: enabled.backupCodes ?? [], setCookies };
}

/** Set-up, step two: the first code from the app proves it works; the link is then used up. */
export async function finishSetup(
  auth: StaffAuth,
  db: Db,
  token: string,
  code: string,
  requestHeaders: Headers,
  client: Client,
): Promise<{ ok: true; setCookies: string[] } | { ok: false; reason: "invalid" | "expired" }> {
  const account = await findSetup(db, token);
  if (!account) return { ok: false, reason: "expired" };
  // The browser's set-up session must be this link's account (not another link's, opened in the same browser).
  const session = await auth.api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  if (session?.user.id !== account.id) return { ok: false, reason: "expired" };
  try {
    const { headers } = await auth.api.verifyTOTP({ body: { code: code.replace(/\s+/g, "") }, headers: requestHeaders, returnHeaders: true });
    await db.staffVerification.deleteMany({ where: { identifier: hashToken(token) } });
    await audit(db, { action: "account.setup", actor: { id: account.id, email: account.email }, client });
    return { ok: true, setCookies: headers.getSetCookie() };
  } catch (err) {
    if (!(err instanceof APIError)) throw err;
    const code = String((err.body as { code?: unknown } | undefined)?.code ?? "");
    return { ok: false, reason: code === "INVALID_CODE" ? "invalid" : "expired" };
  }
}

export type AccountChange = { active: boolean } | { role: Role };

/** Deactivates, reactivates or changes the role of an account; admins only, never their own. */
export async function updateStaffAccount(db: Db, staff: Staff, userId: string, change: AccountChange, client: Client): Promise<void> {
  assertRole(staff, "admin");
  if (userId === staff.id) throw new AccountError("You cannot change your own account here; ask another admin.");
  const updated = await db.staffUser.updateMany({ where: { id: userId }, data: change });
  if (updated.count === 0) throw new AccountError("There is no such account.");
  if ("active" in change && !change.active) await db.staffSession.deleteMany({ where: { userId } });
  await audit(db, { action: "account.update", actor: staff, detail: { userId, ...change }, client });
}

/** Ends every session of one account: "sign out everywhere", or an admin's response to a lost laptop. */
export async function endSessions(db: Db, staff: Staff, userId: string, client: Client): Promise<number> {
  if (userId !== staff.id) assertRole(staff, "admin");
  const { count } = await db.staffSession.deleteMany({ where: { userId } });
  await audit(db, { action: "sign-out.everywhere", actor: staff, detail: { userId, sessions: count }, client });
  return count;
}

/** A Cookie request header made of the cookies in Set-Cookie headers. */
export function cookieHeader(setCookies: string[]): Headers {
  const pairs = setCookies.map((c) => c.split(";")[0] ?? "").filter((pair) => pair && !pair.endsWith("="));
  return new Headers({ cookie: pairs.join("; ") });
}
