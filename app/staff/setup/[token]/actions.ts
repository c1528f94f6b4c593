"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { renderSVG } from "uqr";
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { pickFields } from "@/lib/forms/form-data";
import { beginSetup, finishSetup } from "@/lib/staff/accounts.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, auth } from "@/lib/staff/auth.server";
import { requestClient } from "@/lib/staff/guard.server";

import type { SetupState } from "@/lib/staff/form-states";

const EXPIRED = "This set-up link has expired or was already used. Ask an admin for a new one.";

const passwordForm = z
  .object({
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `A password can be at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirm: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords are not the same." });

const codeStep = z.object({ step: z.literal("code"), qrCode: z.string().startsWith("data:image/svg+xml;base64,").max(200_000), secret: z.string().max(100) });

/**
 * The set-up form's one action: the step the person is on decides what the post means. Its
 * arguments come from the browser (the bound token and the previous state too), so each is checked.
 */
export async function setUp(token: unknown, state: unknown, formData: unknown): Promise<SetupState> {
  if (typeof token !== "string" || !(formData instanceof FormData)) return { step: "password", error: EXPIRED };
  const current = codeStep.safeParse(state);
  return current.success ? confirmCode(token, current.data, formData) : choosePassword(token, formData);
}

/** Step one: the password. Answers with the authenticator secret as a QR code and as text. */
async function choosePassword(token: string, formData: FormData): Promise<SetupState> {
  const parsed = passwordForm.safeParse({ password: "", confirm: "", ...pickFields(formData, ["password", "confirm"]) });
  if (!parsed.success) return { step: "password", error: parsed.error.issues[0]?.message };
  const enrolment = await beginSetup(await auth(), await db(), token, parsed.data.password);
  if (!enrolment) return { step: "password", error: EXPIRED };
  const secret = new URL(enrolment.totpURI).searchParams.get("secret") ?? "";
  const qrCode = `data:image/svg+xml;base64,${Buffer.from(renderSVG(enrolment.totpURI)).toString("base64")}`;
  return { step: "code", qrCode, secret };
}

/** Step two: a code from the app proves it is set up; the person is then signed in. */
async function confirmCode(token: string, state: Extract<SetupState, { step: "code" }>, formData: FormData): Promise<SetupState> {
  const code = String(pickFields(formData, ["code"]).code ?? "").replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return { ...state, error: "Enter the 6-digit code from your authenticator app." };
  const result = await finishSetup(await auth(), await db(), token, code, await headers(), await requestClient());
  if (!result.ok) {
    return result.reason === "invalid"
      ? { ...state, error: "That code is not right. Check the app's clock is automatic and enter the code it shows now." }
      : { step: "password", error: EXPIRED };
  }
  redirect("/staff?welcome=1");
}
