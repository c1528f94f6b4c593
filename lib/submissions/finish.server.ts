import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { db } from "@/lib/db/client.server";
import { env } from "@/lib/env.server";
import type { FormState } from "@/lib/forms/form-state";
import { drainSoon } from "@/lib/mail/outbox.server";
import { clientKey } from "@/lib/security/client-key.server";
import { submissionLimiter } from "@/lib/security/rate-limit.server";
import type { SubmitDeps, SubmitResult } from "./submit-form.server";

/** The application's database, rate limiter and the key of the client that sent this request. */
export async function submitDeps(): Promise<SubmitDeps> {
  return { db, limiter: submissionLimiter(), clientKey: clientKey(await headers(), env().TRUSTED_PROXY_COUNT) };
}

/**
 * The end of every form action: show the errors, or send the emails after the response and
 * redirect to the confirmation page (post/redirect/get), so a reload cannot post again.
 */
export function finishSubmission<Field extends string>(result: SubmitResult<Field>, confirmationPath: string): FormState<Field> {
  if (!result.ok) return result.state;
  // Store first, tell people afterwards: anything that fails to send stays in the outbox
  // for the periodic drain.
  after(drainSoon);
  redirect(`${confirmationPath}?ref=${result.reference}`);
}
