/** Staff accounts for integration tests, made the way a person makes them: command, set-up link, authenticator app. */
import type { Db } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import { beginSetup, cookieHeader, createStaffAccount, finishSetup } from "@/lib/staff/accounts.server";
import { createAuth, type StaffAuth } from "@/lib/staff/auth.server";
import type { Client } from "@/lib/staff/client.server";
import type { Role } from "@/lib/staff/roles";
import { staffFromHeaders, type Staff } from "@/lib/staff/session.server";
import { secretOf, totp } from "./totp";
import { createSignInLimiter, signInWithPassword, verifyCode, type SignInDeps } from "@/lib/staff/sign-in.server";

export const CLIENT: Client = { ip: "192.0.2.10", userAgent: "jest" };
export const PASSWORD = "correct horse battery staple";

export function testAuth(db: Db, provider: DatabaseProvider): StaffAuth {
  return createAuth(db, provider, { secret: "test-secret-test-secret-test-secret-0123", baseURL: "https://clinic.example.test" });
}

export function signInDeps(db: Db, provider: DatabaseProvider): SignInDeps {
  return { auth: testAuth(db, provider), db, limiter: createSignInLimiter(db, { sweep: false }) };
}

export { secretOf, totp } from "./totp";

export type TestStaff = { email: string; password: string; secret: string; userId: string };

let counter = 0;

/** Creates an account and finishes its set-up (password and authenticator), as `staff:create` and the link do. */
export async function enrolStaff(auth: StaffAuth, db: Db, role: Role = "front-desk", email = `staff${++counter}@cedarlane.example.test`): Promise<TestStaff> {
  const { userId, token } = await createStaffAccount(db, { email, name: `Staff ${counter}`, role }, { kind: "cli" });
  const enrolment = await beginSetup(auth, db, token, PASSWORD);
  if (!enrolment) throw new Error("set-up link not accepted");
  const secret = secretOf(enrolment.totpURI);
  const done = await finishSetup(auth, db, token, totp(secret), cookieHeader(enrolment.setCookies), CLIENT);
  if (!done.ok) throw new Error(`set-up failed: ${done.reason}`);
  return { email, password: PASSWORD, secret, userId };
}

/** Signs in with password and code; returns the Cookie header of the new session. */
export async function signIn(deps: SignInDeps, who: TestStaff): Promise<Headers> {
  const first = await signInWithPassword(deps, { email: who.email, password: who.password }, new Headers(), CLIENT);
  if (!first.ok) throw new Error(`password step failed: ${first.reason}`);
  const second = await verifyCode(deps, totp(who.secret), cookieHeader(first.setCookies), CLIENT);
  if (!second.ok) throw new Error(`code step failed: ${second.reason}`);
  return cookieHeader(second.setCookies);
}

export async function signedInStaff(deps: SignInDeps, who: TestStaff): Promise<Staff> {
  const staff = await staffFromHeaders(deps.auth, deps.db, await signIn(deps, who));
  if (!staff) throw new Error("session not accepted");
  return staff;
}
