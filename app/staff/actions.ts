"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { endSessions } from "@/lib/staff/accounts.server";
import { audit } from "@/lib/staff/audit.server";
import { auth } from "@/lib/staff/auth.server";
import { requestClient, requireStaff } from "@/lib/staff/guard.server";

export async function signOut(): Promise<void> {
  const staff = await requireStaff();
  await (await auth()).api.signOut({ headers: await headers() });
  await audit(await db(), { action: "sign-out", actor: staff, client: await requestClient() });
  redirect("/staff/sign-in?signed-out=1");
}

/** Ends every session of this account: a laptop left signed in elsewhere is signed out too. */
export async function signOutEverywhere(): Promise<void> {
  const staff = await requireStaff();
  await endSessions(await db(), staff, staff.id, await requestClient());
  await (await auth()).api.signOut({ headers: await headers() });
  redirect("/staff/sign-in?signed-out=all");
}
