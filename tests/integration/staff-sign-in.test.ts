/**
 * Staff sign-in's promises, against real databases: a password and an authenticator code are
 * both needed, wrong guesses lock the account, unknown, deactivated and half-set-up accounts
 * get nowhere (and look alike), set-up links work once and expire, and it is all audited.
 */
import { SETUP_LINK_HOURS, beginSetup, cookieHeader, createStaffAccount, findSetup, finishSetup } from "@/lib/staff/accounts.server";
import { STAFF_COOKIES } from "@/lib/staff/auth.server";
import { staffFromHeaders } from "@/lib/staff/session.server";
import { PASSWORD_MAX_FAILURES, verifyCode } from "@/lib/staff/sign-in.server";
import { providers } from "../helpers/db";
import { CLIENT, PASSWORD, auditEvents, enrolStaff, passwordStep, secretOf, signIn, totp, useStaffDb, wrongCode, type TestStaff } from "../helpers/staff";

const HOUR = 3_600_000;

describe.each(providers)("staff sign-in (%s)", (provider) => {
  const ctx = useStaffDb(provider);
  let who: TestStaff;
  beforeEach(async () => {
    who = await enrolStaff(ctx.deps.auth, ctx.db);
  });

  /** The password step succeeded; returns the pending sign-in's Cookie header. */
  async function passwordOk(email = who.email): Promise<Headers> {
    const result = await passwordStep(ctx.deps, email, PASSWORD);
    if (!result.ok) throw new Error(`password step failed: ${result.reason}`);
    return cookieHeader(result.setCookies);
  }
  const code = (pending: Headers, value: string) => verifyCode(ctx.deps, value, pending, CLIENT);
  /** Sessions of the account (set-up leaves one, so tests compare before and after). */
  const sessions = () => ctx.db.staffSession.count({ where: { userId: who.userId } });

  describe("password and code", () => {
    it("signs in with password and authenticator code, and audits the sign-in with the client's address", async () => {
      const cookies = await signIn(ctx.deps, who);
      const staff = await staffFromHeaders(ctx.deps.auth, ctx.db, cookies);
      expect(staff).toMatchObject({ id: who.userId, email: who.email, role: "front-desk" });

      const signIns = await auditEvents(ctx.db, "sign-in");
      expect(signIns).toHaveLength(1);
      expect(signIns[0]).toMatchObject({ actorId: who.userId, actorEmail: who.email, clientIp: CLIENT.ip, userAgent: CLIENT.userAgent });
    });

    it("accepts the email in any case and with surrounding spaces", async () => {
      const pending = await passwordOk(`  ${who.email.toUpperCase()} `);
      expect(await code(pending, totp(who.secret))).toMatchObject({ ok: true });
    });

    it("gives no usable session for the password step alone", async () => {
      const before = await sessions();
      const result = await passwordStep(ctx.deps, who.email, PASSWORD);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookieHeader(result.setCookies))).toBeNull();
      expect(await sessions()).toBe(before);
    });

    it("refuses a wrong code, audits it, and still accepts the right code for the same sign-in", async () => {
      const pending = await passwordOk();
      expect(await code(pending, wrongCode(who.secret))).toEqual({ ok: false, reason: "invalid" });
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, pending)).toBeNull();

      const failed = await auditEvents(ctx.db, "sign-in.failed");
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ actorId: who.userId, detail: { step: "code", reason: "invalid" }, clientIp: CLIENT.ip });

      // The code as the app shows it, "123 456", is fine too.
      const right = totp(who.secret);
      const ok = await code(pending, `${right.slice(0, 3)} ${right.slice(3)}`);
      expect(ok.ok).toBe(true);
      if (!ok.ok) return;
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookieHeader(ok.setCookies))).toMatchObject({ id: who.userId });
    });

    it("accepts a pending sign-in's code once, and refuses a code without a password step", async () => {
      const pending = await passwordOk();
      expect(await code(pending, totp(who.secret))).toMatchObject({ ok: true });
      expect(await code(pending, totp(who.secret))).toEqual({ ok: false, reason: "expired" });
      expect(await code(new Headers(), totp(who.secret))).toEqual({ ok: false, reason: "expired" });
    });

    it("gives 10 minutes for the code after the password step", async () => {
      const pending = await passwordOk();
      const before = await sessions();
      await ctx.db.staffVerification.updateMany({ where: { identifier: { startsWith: "2fa-" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await code(pending, totp(who.secret))).toEqual({ ok: false, reason: "expired" });
      expect(await sessions()).toBe(before);
    });

    it("locks the account after 5 wrong codes in a row: then even the right code fails, in this and a new sign-in", async () => {
      const before = await sessions();
      const pending = await passwordOk();
      for (let i = 0; i < 5; i++) expect(await code(pending, wrongCode(who.secret))).toMatchObject({ ok: false });

      expect(await code(pending, totp(who.secret))).toEqual({ ok: false, reason: "locked" });
      expect(await code(await passwordOk(), totp(who.secret))).toEqual({ ok: false, reason: "locked" });
      expect(await sessions()).toBe(before);

      const locked = await auditEvents(ctx.db, "sign-in.locked");
      expect(locked).toHaveLength(2);
      expect(locked[0]).toMatchObject({ actorId: who.userId, detail: { step: "code", reason: "locked" } });
    });
  });

  describe("refusals", () => {
    it("refuses a wrong password as invalid and audits it with the account as actor", async () => {
      expect(await passwordStep(ctx.deps, who.email, "not the password at all")).toEqual({ ok: false, reason: "invalid" });

      const failed = await auditEvents(ctx.db, "sign-in.failed");
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ actorId: who.userId, actorEmail: who.email, detail: { step: "password" }, clientIp: CLIENT.ip });
    });

    it("answers an unknown email and a deactivated account exactly like a wrong password", async () => {
      const wrongPassword = await passwordStep(ctx.deps, who.email, "not the password at all");
      const unknown = await passwordStep(ctx.deps, "nobody@cedarlane.example.test", PASSWORD);
      const gone = await enrolStaff(ctx.deps.auth, ctx.db);
      await ctx.db.staffUser.update({ where: { id: gone.userId }, data: { active: false } });
      const deactivated = await passwordStep(ctx.deps, gone.email, PASSWORD);

      expect(unknown).toEqual(wrongPassword);
      expect(deactivated).toEqual(wrongPassword);
      expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });

      const failed = await auditEvents(ctx.db, "sign-in.failed");
      expect(failed.map((row) => row.actorId)).toEqual([who.userId, null, gone.userId]);
      // An unknown email is recorded as typed, since there is no account to name.
      expect(failed[1]!.detail).toEqual({ step: "password", email: "nobody@cedarlane.example.test" });
    });

    it("locks the account after 5 wrong passwords, even for the right password, and audits the lock", async () => {
      const reasons = [];
      for (let i = 0; i < PASSWORD_MAX_FAILURES; i++) reasons.push((await passwordStep(ctx.deps, who.email, `wrong password ${i}!`)) as unknown);
      expect(reasons.slice(0, -1)).toEqual(Array(PASSWORD_MAX_FAILURES - 1).fill({ ok: false, reason: "invalid" }));
      expect(reasons.at(-1)).toEqual({ ok: false, reason: "locked" });

      expect(await passwordStep(ctx.deps, who.email, PASSWORD)).toEqual({ ok: false, reason: "locked" });
      // Another spelling of the same email is the same account.
      expect(await passwordStep(ctx.deps, who.email.toUpperCase(), PASSWORD)).toEqual({ ok: false, reason: "locked" });

      expect(await auditEvents(ctx.db, "sign-in.failed")).toHaveLength(PASSWORD_MAX_FAILURES);
      const locked = await auditEvents(ctx.db, "sign-in.locked");
      expect(locked).toHaveLength(2);
      expect(locked[0]).toMatchObject({ actorId: who.userId, detail: { step: "password" }, clientIp: CLIENT.ip });
    });

    it("locks only the account that was guessed at: a colleague on the same network still signs in", async () => {
      for (let i = 0; i < PASSWORD_MAX_FAILURES; i++) await passwordStep(ctx.deps, who.email, `wrong password ${i}!`);
      const colleague = await enrolStaff(ctx.deps.auth, ctx.db);
      const cookies = await signIn(ctx.deps, colleague);
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookies)).toMatchObject({ id: colleague.userId });
    });
  });

  describe("set-up", () => {
    const newAccount = () => createStaffAccount(ctx.db, { email: "newcomer@cedarlane.example.test", name: "Newcomer", role: "front-desk" }, { kind: "cli" });

    it("lets no one sign in to an account that has only been created", async () => {
      await newAccount();
      expect(await passwordStep(ctx.deps, "newcomer@cedarlane.example.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
      expect(await passwordStep(ctx.deps, "newcomer@cedarlane.example.test", "")).toEqual({ ok: false, reason: "invalid" });
    });

    it("accepts neither sign-in nor the set-up session until the authenticator is confirmed", async () => {
      const { token, userId } = await newAccount();
      const enrolment = await beginSetup(ctx.deps.auth, ctx.db, token, PASSWORD);
      expect(enrolment?.totpURI).toMatch(/^otpauth:\/\/totp\//);
      if (!enrolment) return;

      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookieHeader(enrolment.setCookies))).toBeNull();
      expect(await passwordStep(ctx.deps, "newcomer@cedarlane.example.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
      expect(await ctx.db.staffUser.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ twoFactorEnabled: false });
    });

    it("works once: after set-up the link finds nothing and cannot set a new password", async () => {
      const { token, userId } = await newAccount();
      expect(await findSetup(ctx.db, token)).toMatchObject({ id: userId, email: "newcomer@cedarlane.example.test" });
      const enrolment = await beginSetup(ctx.deps.auth, ctx.db, token, PASSWORD);
      if (!enrolment) throw new Error("set-up link not accepted");
      const done = await finishSetup(ctx.deps.auth, ctx.db, token, totp(secretOf(enrolment.totpURI)), cookieHeader(enrolment.setCookies), CLIENT);
      expect(done.ok).toBe(true);

      expect(await findSetup(ctx.db, token)).toBeNull();
      expect(await beginSetup(ctx.deps.auth, ctx.db, token, "another password entirely")).toBeNull();
      expect(await passwordStep(ctx.deps, "newcomer@cedarlane.example.test", "another password entirely")).toEqual({ ok: false, reason: "invalid" });
      const setups = (await auditEvents(ctx.db, "account.setup")).filter((row) => row.actorId === userId);
      expect(setups).toEqual([expect.objectContaining({ actorEmail: "newcomer@cedarlane.example.test", clientIp: CLIENT.ip })]);
    });

    it("refuses a wrong first code and keeps the link usable", async () => {
      const { token } = await newAccount();
      const enrolment = await beginSetup(ctx.deps.auth, ctx.db, token, PASSWORD);
      if (!enrolment) throw new Error("set-up link not accepted");
      const secret = secretOf(enrolment.totpURI);
      expect(await finishSetup(ctx.deps.auth, ctx.db, token, wrongCode(secret), cookieHeader(enrolment.setCookies), CLIENT)).toEqual({ ok: false, reason: "invalid" });
      expect(await findSetup(ctx.db, token)).not.toBeNull();
    });

    it(`stops working ${SETUP_LINK_HOURS} hours after it was made`, async () => {
      const { token, userId, expiresAt } = await newAccount();
      expect(await findSetup(ctx.db, token, new Date(expiresAt.getTime() - HOUR))).not.toBeNull();
      expect(await findSetup(ctx.db, token, new Date(expiresAt.getTime() + 60_000))).toBeNull();
      expect(await findSetup(ctx.db, token, new Date(Date.now() + (SETUP_LINK_HOURS + 1) * HOUR))).toBeNull();

      // Once the time has really passed, the link sets no password.
      await ctx.db.staffVerification.updateMany({ where: { value: userId, identifier: { startsWith: "staff-setup:" } }, data: { expiresAt: new Date(Date.now() - 60_000) } });
      expect(await beginSetup(ctx.deps.auth, ctx.db, token, PASSWORD)).toBeNull();
    });

    it("refuses a made-up or mangled token", async () => {
      const { token } = await newAccount();
      expect(await findSetup(ctx.db, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
      expect(await findSetup(ctx.db, "")).toBeNull();
      expect(await findSetup(ctx.db, `${token}x`)).toBeNull();
    });
  });

  it("sets only __Host- cookies at every step", async () => {
    const first = await passwordStep(ctx.deps, who.email, PASSWORD);
    if (!first.ok) throw new Error("password step failed");
    const second = await verifyCode(ctx.deps, totp(who.secret), cookieHeader(first.setCookies), CLIENT);
    if (!second.ok) throw new Error("code step failed");
    const names = [...first.setCookies, ...second.setCookies].map((c) => c.split("=")[0]);
    expect(names).toContain(STAFF_COOKIES.two_factor);
    expect(names).toContain(STAFF_COOKIES.session_token);
    for (const name of names) expect(name).toMatch(/^__Host-staff-/);
  });
});
