import { createTestDb, providers, type TestDb } from "../helpers/db";
import { CLIENT, enrolStaff, signIn, signInDeps } from "../helpers/staff";
import { staffFromHeaders } from "@/lib/staff/session.server";
import { signInWithPassword } from "@/lib/staff/sign-in.server";

describe.each(providers)("staff sign-in (%s)", (provider) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb(provider);
  });
  afterEach(() => t.cleanup());

  it("signs in with password and authenticator code", async () => {
    const deps = signInDeps(t.db, provider);
    const who = await enrolStaff(deps.auth, t.db);
    const cookies = await signIn(deps, who);
    const staff = await staffFromHeaders(deps.auth, t.db, cookies);
    expect(staff?.email).toBe(who.email);
  });
});
