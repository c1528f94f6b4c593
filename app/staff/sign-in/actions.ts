"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { pickFields } from "@/lib/forms/form-data";
import { auth } from "@/lib/staff/auth.server";
import type { SignInState } from "@/lib/staff/form-states";
import { requestClient, safeReturnPath } from "@/lib/staff/guard.server";
import { appSignInLimiter, signInWithPassword, verifyCode, type SignInDeps } from "@/lib/staff/sign-in.server";

const MESSAGES = {
  invalid: "That email and password do not match an account. Check them and try again.",
  locked: "Too many failed attempts: sign-in is locked for 15 minutes. An admin can help sooner.",
  expired: "The sign-in took too long. Enter your email and password again.",
};

async function deps(): Promise<SignInDeps> {
  const database = await db();
  return { auth: await auth(), db: database, limiter: appSignInLimiter(database) };
}

const passwordForm = z.object({ email: z.string().trim().max(254), password: z.string().max(256), next: z.string().optional() });
const codeForm = z.object({ code: z.string().trim().max(20), next: z.string().optional() });

// The arguments are typed unknown: a hand-made post can send anything in their place.
export async function submitPassword(_state: unknown, formData: unknown): Promise<SignInState> {
  const parsed = passwordForm.safeParse(pickFields(formData, ["email", "password", "next"]));
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { error: "Enter your email and password." };
  const result = await signInWithPassword(await deps(), parsed.data, await headers(), await requestClient());
  if (!result.ok) return { error: MESSAGES[result.reason] };
  const next = safeReturnPath(parsed.data.next);
  redirect(`/staff/sign-in/code${next ? `?next=${encodeURIComponent(next)}` : ""}`);
}

export async function submitCode(_state: unknown, formData: unknown): Promise<SignInState> {
  const parsed = codeForm.safeParse(pickFields(formData, ["code", "next"]));
  if (!parsed.success || !/^\d{6}$/.test(parsed.data.code.replace(/\s+/g, ""))) return { error: "Enter the 6-digit code from your authenticator app." };
  const result = await verifyCode(await deps(), parsed.data.code, await headers(), await requestClient());
  if (!result.ok) {
    if (result.reason === "expired") redirect("/staff/sign-in?expired=1");
    return { error: result.reason === "locked" ? MESSAGES.locked : "That code is not right. Codes change every 30 seconds: try the one your app shows now." };
  }
  redirect(safeReturnPath(parsed.data.next) ?? "/staff");
}
