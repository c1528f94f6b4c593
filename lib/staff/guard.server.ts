import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client.server";
import { env } from "@/lib/env.server";
import { auth } from "./auth.server";
import { clientOf, type Client } from "./client.server";
import type { Role } from "./roles";
import { hasRole, staffFromHeaders, type Staff } from "./session.server";

/** The signed-in staff member of this request, read once per request. */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const requestHeaders = await headers(); // first: it makes every staff page dynamic, never prerendered
  return staffFromHeaders(await auth(), await db(), requestHeaders);
});

/** A path inside the staff area to come back to after sign-in; anything else is dropped. */
export function safeReturnPath(value: unknown): string | undefined {
  return typeof value === "string" && /^\/staff(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.]*)?$/.test(value) && !value.includes("//")
    ? value
    : undefined;
}

export const signInPath = (returnTo?: string) => `/staff/sign-in${safeReturnPath(returnTo) ? `?next=${encodeURIComponent(returnTo!)}` : ""}`;

/**
 * For pages and server actions: the staff member, or a redirect to sign-in (coming back to
 * `returnTo` afterwards); a signed-in person without the role gets the 403 page.
 */
export async function requireStaff(role: Role = "front-desk", returnTo?: string): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(signInPath(returnTo));
  if (!hasRole(staff, role)) forbidden();
  return staff;
}

/** For route handlers (data and files): the staff member, or a 401 / 403 response. */
export async function staffOrResponse(role: Role = "front-desk"): Promise<Staff | Response> {
  const staff = await currentStaff();
  const refuse = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!staff) return refuse(401, "Sign in to the staff area first.");
  if (!hasRole(staff, role)) return refuse(403, "Your account cannot open this.");
  return staff;
}

export async function requestClient(): Promise<Client> {
  return clientOf(await headers(), env().TRUSTED_PROXY_COUNT);
}
