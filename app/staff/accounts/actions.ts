"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { pickFields } from "@/lib/forms/form-data";
import { siteUrl } from "@/lib/env.server";
import { AccountError, endSessions, resetStaffAccount, updateStaffAccount } from "@/lib/staff/accounts.server";
import type { SetupLinkState } from "@/lib/staff/form-states";
import { requestClient, requireStaff } from "@/lib/staff/guard.server";
import { ROLES } from "@/lib/staff/roles";

const form = z.object({
  userId: z.uuid(),
  change: z.enum(["role", "deactivate", "reactivate", "end-sessions"]),
  role: z.enum(ROLES).optional(),
});

export async function changeAccount(formData: FormData): Promise<void> {
  const staff = await requireStaff("admin", "/staff/accounts");
  const parsed = form.safeParse(pickFields(formData, ["userId", "change", "role"]));
  if (!parsed.success) redirect("/staff/accounts?problem=invalid");
  const { userId, change, role } = parsed.data;
  const database = await db();
  const client = await requestClient();
  try {
    if (change === "end-sessions") await endSessions(database, staff, userId, client);
    else if (change === "role" && role) await updateStaffAccount(database, staff, userId, { role }, client);
    else if (change !== "role") await updateStaffAccount(database, staff, userId, { active: change === "reactivate" }, client);
  } catch (err) {
    if (!(err instanceof AccountError)) throw err;
    redirect(`/staff/accounts?problem=${encodeURIComponent(err.message)}`);
  }
  redirect("/staff/accounts?notice=saved");
}


/** A new one-time set-up link; shown once, on the page, never put in a URL or a log. */
export async function newSetupLink(userId: unknown, _state: SetupLinkState): Promise<SetupLinkState> {
  const staff = await requireStaff("admin", "/staff/accounts");
  const id = z.uuid().safeParse(userId);
  if (!id.success) return { error: "There is no such account." };
  try {
    const { token } = await resetStaffAccount(await db(), id.data, { kind: "staff", staff, client: await requestClient() });
    return { link: `${siteUrl()}/staff/setup/${token}` };
  } catch (err) {
    if (!(err instanceof AccountError)) throw err;
    return { error: err.message };
  }
}
