/**
 * Creates a staff account and prints its one-time set-up link:
 *   npm run staff:create -- --email name@clinic.example --name "Full Name" [--role admin]
 * With --reset, starts an existing account over (new link; password, authenticator and
 * sessions removed). There is no sign-up page: this command (or an admin) is the only way in.
 */
import { parseArgs } from "node:util";
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

const USAGE = 'Usage: npm run staff:create -- --email name@clinic.example --name "Full Name" [--role front-desk|admin] [--reset]';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "front-desk" }, reset: { type: "boolean", default: false } },
  });
  const { z } = await import("zod");
  const { isRole } = await import("@/lib/staff/roles");
  const email = z.email().safeParse(values.email?.trim());
  if (!email.success || (!values.reset && !values.name?.trim()) || !isRole(values.role)) {
    console.error(USAGE);
    process.exit(2);
  }

  const { db } = await import("@/lib/db/client.server");
  const { siteUrl } = await import("@/lib/env.server");
  const { AccountError, SETUP_LINK_HOURS, createStaffAccount, resetStaffAccount } = await import("@/lib/staff/accounts.server");
  const database = await db();
  try {
    let token: string;
    let role: string = values.role;
    if (values.reset) {
      const user = await database.staffUser.findUnique({ where: { email: email.data.toLowerCase() } });
      if (!user) throw new AccountError(`There is no account for ${email.data}.`);
      ({ token } = await resetStaffAccount(database, user.id, { kind: "cli" }));
      role = user.role;
    } else {
      ({ token } = await createStaffAccount(database, { email: email.data, name: values.name!, role: values.role }, { kind: "cli" }));
    }
    console.log(`${values.reset ? "Account reset" : "Account created"} for ${email.data.toLowerCase()} (${role}).`);
    console.log(`Give them this one-time set-up link (it works for ${SETUP_LINK_HOURS} hours); they choose a password and add the account to an authenticator app:`);
    console.log(`\n  ${siteUrl()}/staff/setup/${token}\n`);
  } catch (err) {
    if (!(err instanceof AccountError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  } finally {
    await database.$disconnect();
  }
}

void main();
