import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { clinic } from "@/lib/clinic";
import { ConfigError } from "@/lib/config-error";
import { db, type Db } from "@/lib/db/client.server";
import { providerOf, type DatabaseProvider } from "@/lib/db/url";
import { env, siteUrl } from "@/lib/env.server";

/** A session ends 12 hours after sign-in however active it is (better-auth never extends it here). */
export const SESSION_MAX_SECONDS = 12 * 60 * 60;
/** …and after 15 minutes without a request (lib/staff/session.server.ts). */
export const SESSION_IDLE_MS = 15 * 60_000;
/** Consecutive wrong authenticator codes before the account is locked, and for how long. */
export const TOTP_MAX_FAILURES = 5;
export const LOCKOUT_SECONDS = 15 * 60;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Every cookie the staff area sets: `__Host-` means Secure, Path=/ and no Domain. */
export const STAFF_COOKIES = {
  session_token: "__Host-staff-session",
  session_data: "__Host-staff-session-data",
  account_data: "__Host-staff-account-data",
  dont_remember: "__Host-staff-dont-remember",
  two_factor: "__Host-staff-two-factor",
  trust_device: "__Host-staff-trust-device",
} as const;

const DEV_SECRET_FILE = ".data/auth-secret";

export type AuthSettings = { secret: string; baseURL: string };

/**
 * better-auth, set up for staff only: email and password (scrypt), authenticator-app codes
 * required, no sign-up, no social or magic links. Its HTTP handler is deliberately not
 * mounted; the staff pages call `auth.api` from server actions, so the only ways in are
 * the ones lib/staff/sign-in.server.ts and accounts.server.ts offer.
 */
export function createAuth(database: Db, provider: DatabaseProvider, { secret, baseURL }: AuthSettings) {
  return betterAuth({
    appName: clinic.name,
    baseURL,
    secret,
    database: prismaAdapter(database, { provider: provider === "postgres" ? "postgresql" : "sqlite" }),
    telemetry: { enabled: false },
    // Limits are enforced by lib/staff/sign-in.server.ts (per email and per client, in the database).
    rateLimit: { enabled: false },
    logger: { disabled: true },
    user: {
      modelName: "staffUser",
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "front-desk" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    session: {
      modelName: "staffSession",
      expiresIn: SESSION_MAX_SECONDS,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    account: { modelName: "staffAccount" },
    verification: { modelName: "staffVerification" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    advanced: {
      useSecureCookies: false, // the names below carry the __Host- prefix themselves
      cookies: Object.fromEntries(
        Object.entries(STAFF_COOKIES).map(([id, name]) => [id, { name, attributes: { secure: true, sameSite: "lax", path: "/" } }]),
      ),
      database: { generateId: () => randomUUID() },
    },
    plugins: [
      twoFactor({
        issuer: clinic.name,
        schema: { twoFactor: { modelName: "staffTwoFactor" } },
        accountLockout: { maxFailedAttempts: TOTP_MAX_FAILURES, durationSeconds: LOCKOUT_SECONDS },
        twoFactorCookieMaxAge: 10 * 60,
      }),
      nextCookies(), // must stay last: copies the cookies auth.api sets into the server action's response
    ],
  });
}

export type StaffAuth = ReturnType<typeof createAuth>;

/** AUTH_SECRET, or outside production the development file `npm run setup` writes. */
export function authSecret(cwd = process.cwd()): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  const file = path.join(cwd, DEV_SECRET_FILE);
  if (NODE_ENV !== "production" && existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new ConfigError(
    NODE_ENV === "production"
      ? 'AUTH_SECRET is required in production (create one with "npm run key:generate"); see README.md, "Configuration".'
      : `AUTH_SECRET is not set and there is no development file ${DEV_SECRET_FILE}: run "npm run setup".`,
  );
}

const globalForAuth = globalThis as unknown as { staffAuth?: Promise<StaffAuth> };

/** The application's staff authentication, created once per process. */
export function auth(): Promise<StaffAuth> {
  globalForAuth.staffAuth ??= db()
    .then((database) => createAuth(database, providerOf(env().DATABASE_URL), { secret: authSecret(), baseURL: siteUrl() }))
    .catch((err: unknown) => {
      globalForAuth.staffAuth = undefined;
      throw err;
    });
  return globalForAuth.staffAuth;
}
