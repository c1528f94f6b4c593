import "server-only";
import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client.server";
import { audit } from "./audit.server";
import { LOCKOUT_SECONDS, STAFF_COOKIES, type StaffAuth } from "./auth.server";
import type { Client } from "./client.server";

/** Wrong passwords for one email, and failed sign-ins from one client, before a 15-minute lock. */
export const PASSWORD_MAX_FAILURES = 5;
export const CLIENT_MAX_FAILURES = 25;

export type SignInLimiter = {
  locked(keys: string[]): Promise<boolean>;
  fail(keys: string[]): Promise<void>;
  clear(key: string): Promise<void>;
};

/**
 * Counts failed sign-ins in the database, so a lock holds across restarts and instances.
 * Each key locks for LOCKOUT_SECONDS from the failure that reaches its limit.
 */
export function createSignInLimiter(db: Db, { sweep = true } = {}): SignInLimiter {
  const common = { storeClient: db, tableName: "staffSignInLimit", duration: LOCKOUT_SECONDS, clearExpiredByTimeout: sweep };
  const byEmail = new RateLimiterPrisma({ ...common, keyPrefix: "email", points: PASSWORD_MAX_FAILURES });
  const byClient = new RateLimiterPrisma({ ...common, keyPrefix: "client", points: CLIENT_MAX_FAILURES });
  const limiterOf = (key: string) => (key.startsWith("client:") ? byClient : byEmail);
  return {
    async locked(keys) {
      for (const key of keys) {
        const limiter = limiterOf(key);
        const state = await limiter.get(key);
        if (state && state.consumedPoints >= limiter.points) return true;
      }
      return false;
    },
    async fail(keys) {
      for (const key of keys) {
        const limiter = limiterOf(key);
        const state = await limiter.penalty(key, 1);
        if (state.consumedPoints >= limiter.points) await limiter.block(key, LOCKOUT_SECONDS);
      }
    },
    async clear(key) {
      await limiterOf(key).delete(key);
    },
  };
}

const globalForLimiter = globalThis as unknown as { staffSignInLimiter?: SignInLimiter };

/** The application's limiter: one per process, so its sweep of expired rows runs once, not per sign-in. */
export function appSignInLimiter(db: Db): SignInLimiter {
  globalForLimiter.staffSignInLimiter ??= createSignInLimiter(db);
  return globalForLimiter.staffSignInLimiter;
}

export type SignInDeps = { auth: StaffAuth; db: Db; limiter: SignInLimiter };

export type SignInOutcome =
  | { ok: true; setCookies: string[] }
  | { ok: false; reason: "invalid" | "locked" | "expired" };

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const clientKeyOf = (client: Client) => `client:${client.ip}`;

/**
 * Step one: email and password. On success the browser gets a short-lived two-factor
 * cookie (no session yet) and must send an authenticator code to `verifyCode`. Accounts that
 * have not finished set-up, deactivated accounts and unknown emails all get the same answer.
 */
export async function signInWithPassword(
  { auth, db, limiter }: SignInDeps,
  input: { email: string; password: string },
  requestHeaders: Headers,
  client: Client,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys = [emailKey(email), clientKeyOf(client)];
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, email: true, active: true, twoFactorEnabled: true } });
  const actor = user ? { id: user.id, email: user.email } : null;

  if (await limiter.locked(keys)) {
    await audit(db, { action: "sign-in.locked", actor, detail: { step: "password" }, client });
    return { ok: false, reason: "locked" };
  }

  const failed = async (): Promise<SignInOutcome> => {
    await limiter.fail(keys);
    await audit(db, { action: "sign-in.failed", actor, detail: { step: "password", ...(actor ? {} : { email: email.slice(0, 254) }) }, client });
    return { ok: false, reason: (await limiter.locked(keys)) ? "locked" : "invalid" };
  };

  // Without a finished authenticator set-up, better-auth would open a full session: refuse first,
  // after as much password work as a real check, so the answer's timing does not tell which
  // emails have accounts.
  if (!user?.active || !user.twoFactorEnabled) {
    await spendPasswordCheck(auth, input.password);
    return failed();
  }

  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: requestHeaders,
      returnHeaders: true,
    });
    if (!("twoFactorRedirect" in response)) throw new Error("sign-in skipped the second factor");
    return { ok: true, setCookies: headers.getSetCookie() };
  } catch (err) {
    if (err instanceof APIError) return failed();
    throw err;
  }
}

/**
 * Step two: a code from the authenticator app. better-auth checks it against the pending
 * sign-in in the two-factor cookie, allows five tries per password sign-in, and locks the
 * account for 15 minutes after five wrong codes in a row.
 */
export async function verifyCode(
  { auth, db, limiter }: SignInDeps,
  code: string,
  requestHeaders: Headers,
  client: Client,
): Promise<SignInOutcome> {
  const pendingUser = await pendingSignInUser(db, requestHeaders);
  const actor = pendingUser ? { id: pendingUser.id, email: pendingUser.email } : null;
  try {
    const { headers, response } = await auth.api.verifyTOTP({
      body: { code: code.replace(/\s+/g, ""), trustDevice: false },
      headers: requestHeaders,
      returnHeaders: true,
    });
    const user = response.user as { id: string; email: string };
    await limiter.clear(emailKey(user.email));
    await audit(db, { action: "sign-in", actor: { id: user.id, email: user.email }, client });
    return { ok: true, setCookies: headers.getSetCookie() };
  } catch (err) {
    if (!(err instanceof APIError)) throw err;
    const code = String((err.body as { code?: unknown } | undefined)?.code ?? "");
    const reason = code === "ACCOUNT_TEMPORARILY_LOCKED" ? "locked" : code === "INVALID_CODE" ? "invalid" : "expired";
    await audit(db, { action: reason === "locked" ? "sign-in.locked" : "sign-in.failed", actor, detail: { step: "code", reason }, client });
    return { ok: false, reason };
  }
}

let dummyHash: Promise<string> | undefined;

async function spendPasswordCheck(auth: StaffAuth, password: string): Promise<void> {
  const { password: hasher } = await auth.$context;
  dummyHash ??= hasher.hash(randomBytes(16).toString("hex"));
  await hasher.verify({ hash: await dummyHash, password });
}

/** Who the pending two-factor cookie belongs to, for the audit log only (better-auth verifies it). */
async function pendingSignInUser(db: Db, headers: Headers) {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${STAFF_COOKIES.two_factor}=`));
  const identifier = decodeURIComponent(cookie?.slice(STAFF_COOKIES.two_factor.length + 1) ?? "").split(".")[0];
  if (!identifier) return null;
  const pending = await db.staffVerification.findFirst({ where: { identifier }, select: { value: true } });
  return pending ? db.staffUser.findUnique({ where: { id: pending.value }, select: { id: true, email: true } }) : null;
}

