/** What the form-handler integration tests share: a site, the staff address, a form post and a roomy limiter. */
import { randomUUID } from "node:crypto";
import { createSubmissionLimiter } from "@/lib/security/rate-limit.server";

export const SITE = "https://clinic.example.test";
export const STAFF = "intake@cedarlane.example.test";

/** YYYY-MM-DD, `years` before today (UTC). */
export function yearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

/**
 * A post as a browser sends it: the empty honeypot and a fresh one-time key (both can be
 * overridden by `values`), the answers and any files.
 */
export function formData(values: Record<string, string | string[]>, files: Record<string, File> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ website: "", idempotencyKey: randomUUID(), ...values })) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  for (const [key, file] of Object.entries(files)) data.append(key, file);
  return data;
}

/** A limiter that never gets in the way of a test that is not about rate limits. */
export const roomyLimiter = () =>
  createSubmissionLimiter({ perClient: { points: 1000, durationSeconds: 60 }, siteWide: { points: 1000, durationSeconds: 60 } });
