/**
 * A staff session's promises, against real databases: it ends after 15 idle minutes and 12
 * hours after sign-in whatever happens, "sign out everywhere" and deactivation end it, and its
 * cookie cannot leave HTTPS, be read by scripts, or be set for another host.
 * Time passing is written into the session row, as the code would see it.
 */
import { cookieHeader, endSessions, updateStaffAccount } from "@/lib/staff/accounts.server";
import { SESSION_IDLE_MS, SESSION_MAX_SECONDS, STAFF_COOKIES } from "@/lib/staff/auth.server";
import { ForbiddenError, staffFromHeaders } from "@/lib/staff/session.server";
import { providers } from "../helpers/db";
import { CLIENT, enrolStaff, setCookieNamed, signIn, signInSteps, signedInStaff, useStaffDb, type TestStaff } from "../helpers/staff";

const MINUTE = 60_000;

/** The session token in a Cookie header (the signed cookie's value before its signature). */
function sessionToken(cookies: Headers): string {
  const value = new RegExp(`${STAFF_COOKIES.session_token}=([^;]+)`).exec(cookies.get("cookie") ?? "")?.[1];
  if (!value) throw new Error("no session cookie");
  return decodeURIComponent(value).split(".")[0]!;
}

describe.each(providers)("staff session (%s)", (provider) => {
  const ctx = useStaffDb(provider);
  let who: TestStaff;
  let cookies: Headers;
  beforeEach(async () => {
    who = await enrolStaff(ctx.deps.auth, ctx.db);
    cookies = await signIn(ctx.deps, who);
  });

  const current = () => staffFromHeaders(ctx.deps.auth, ctx.db, cookies);
  const sessionRow = () => ctx.db.staffSession.findUnique({ where: { token: sessionToken(cookies) } });
  const lastActive = (at: Date) => ctx.db.staffSession.updateMany({ where: { userId: who.userId }, data: { updatedAt: at } });

  describe("idle timeout", () => {
    it(`refuses a session unused for 16 minutes and deletes it, so it cannot come back`, async () => {
      expect(SESSION_IDLE_MS).toBe(15 * MINUTE);
      const row = await sessionRow();
      expect(row).not.toBeNull();
      await lastActive(new Date(Date.now() - 16 * MINUTE));

      expect(await current()).toBeNull();
      expect(await ctx.db.staffSession.findUnique({ where: { id: row!.id } })).toBeNull();
      await lastActive(new Date());
      expect(await current()).toBeNull();
    });

    it("accepts a session unused for 14 minutes and records the activity", async () => {
      await lastActive(new Date(Date.now() - 14 * MINUTE));
      const now = new Date();
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookies, now)).toMatchObject({ id: who.userId });
      expect((await sessionRow())?.updatedAt.getTime()).toBe(now.getTime());

      // The recorded activity restarts the 15 minutes: 14 more minutes later it still works.
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookies, new Date(now.getTime() + 14 * MINUTE))).toMatchObject({ id: who.userId });
    });
  });

  describe("absolute lifetime", () => {
    it("ends 12 hours after sign-in", async () => {
      expect(SESSION_MAX_SECONDS).toBe(12 * 60 * 60);
      const before = Date.now();
      const fresh = await signIn(ctx.deps, who);
      const after = Date.now();
      const row = await ctx.db.staffSession.findUniqueOrThrow({ where: { token: sessionToken(fresh) } });
      // Stored times may drop sub-second precision: allow one second either side.
      expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_MAX_SECONDS * 1000 - 1000);
      expect(row.expiresAt.getTime()).toBeLessThanOrEqual(after + SESSION_MAX_SECONDS * 1000 + 1000);
    });

    it("refuses a session past its end even while it is in use", async () => {
      await ctx.db.staffSession.updateMany({ where: { userId: who.userId }, data: { expiresAt: new Date(Date.now() - MINUTE), updatedAt: new Date() } });
      expect(await current()).toBeNull();
    });

    it("is not extended by activity", async () => {
      const { expiresAt } = (await sessionRow())!;
      await lastActive(new Date(Date.now() - 5 * MINUTE));
      expect(await current()).not.toBeNull();
      expect((await sessionRow())?.expiresAt.getTime()).toBe(expiresAt.getTime());
    });
  });

  describe("ending sessions", () => {
    it("signs out everywhere: every session of the account ends, and it is audited", async () => {
      const otherBrowser = await signIn(ctx.deps, who);
      const staff = (await current())!;
      const colleague = await enrolStaff(ctx.deps.auth, ctx.db);
      const colleagueCookies = await signIn(ctx.deps, colleague);

      const ended = await endSessions(ctx.db, staff, who.userId, CLIENT);
      expect(ended).toBeGreaterThanOrEqual(2);
      expect(await current()).toBeNull();
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, otherBrowser)).toBeNull();
      expect(await ctx.db.staffSession.count({ where: { userId: who.userId } })).toBe(0);
      // Nobody else is signed out.
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, colleagueCookies)).toMatchObject({ id: colleague.userId });

      const [event] = await ctx.db.auditEvent.findMany({ where: { action: "sign-out.everywhere" } });
      expect(event).toMatchObject({ actorId: who.userId, clientIp: CLIENT.ip });
      expect(JSON.parse(event!.detail!)).toEqual({ userId: who.userId, sessions: ended });
    });

    it("lets only an admin end someone else's sessions", async () => {
      const colleague = await signedInStaff(ctx.deps, await enrolStaff(ctx.deps.auth, ctx.db));
      await expect(endSessions(ctx.db, colleague, who.userId, CLIENT)).rejects.toThrow(ForbiddenError);
      expect(await current()).not.toBeNull();

      const admin = await signedInStaff(ctx.deps, await enrolStaff(ctx.deps.auth, ctx.db, "admin"));
      await endSessions(ctx.db, admin, who.userId, CLIENT);
      expect(await current()).toBeNull();
    });

    it("refuses the existing session of a deactivated account", async () => {
      await ctx.db.staffUser.update({ where: { id: who.userId }, data: { active: false } });
      expect(await current()).toBeNull();
    });

    it("ends the sessions of an account an admin deactivates", async () => {
      const admin = await signedInStaff(ctx.deps, await enrolStaff(ctx.deps.auth, ctx.db, "admin"));
      await updateStaffAccount(ctx.db, admin, who.userId, { active: false }, CLIENT);
      expect(await ctx.db.staffSession.count({ where: { userId: who.userId } })).toBe(0);
      // Reactivating does not bring the old session back.
      await updateStaffAccount(ctx.db, admin, who.userId, { active: true }, CLIENT);
      expect(await current()).toBeNull();
    });
  });

  describe("cookie", () => {
    it(`is named ${STAFF_COOKIES.session_token} and is Secure, HttpOnly, SameSite=Lax, Path=/ without a Domain`, async () => {
      const steps = await signInSteps(ctx.deps, who);
      const raw = setCookieNamed(steps.code, STAFF_COOKIES.session_token);
      expect(raw).toBeDefined();
      const [pair, ...attributes] = raw!.split(";").map((part) => part.trim());
      expect(pair).toMatch(/^__Host-staff-session=.+/);
      const lower = attributes.map((a) => a.toLowerCase());
      expect(lower).toContain("secure");
      expect(lower).toContain("httponly");
      expect(lower).toContain("samesite=lax");
      expect(lower).toContain("path=/");
      expect(lower.some((a) => a.startsWith("domain"))).toBe(false);
      // The browser forgets it when the session ends anyway.
      expect(lower).toContain(`max-age=${SESSION_MAX_SECONDS}`);

      // The cookie is the session: sent back, it is accepted.
      expect(await staffFromHeaders(ctx.deps.auth, ctx.db, cookieHeader([raw!]))).toMatchObject({ id: who.userId });
    });

    it("keeps the pending sign-in cookie just as tight", async () => {
      const steps = await signInSteps(ctx.deps, who);
      const raw = setCookieNamed(steps.password, STAFF_COOKIES.two_factor);
      expect(raw).toBeDefined();
      const lower = raw!.split(";").slice(1).map((a) => a.trim().toLowerCase());
      expect(lower).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax", "path=/"]));
      expect(lower.some((a) => a.startsWith("domain"))).toBe(false);
    });
  });
});
