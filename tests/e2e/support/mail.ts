/**
 * Reads the messages the SMTP catcher saved (E2E_MAIL_DIR) and decodes them with the shared
 * parser (tests/helpers/mime.ts): headers with RFC 2047 words decoded, and the text of every
 * text/* part with quoted-printable or base64 undone. Privacy checks must look at both
 * `raw` and the decoded text, since base64 would hide a name from a check of `raw` alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseMessage, type ParsedMessage } from "@/tests/helpers/mime";
import { requireEnv } from "./env";

export type CapturedMail = ParsedMessage & {
  file: string;
  raw: string;
  envelope: { from: string | null; to: string[] };
};

export function parseMail(file: string): CapturedMail {
  const raw = readFileSync(file, "utf8");
  const envelopeFile = file.replace(/\.eml$/, ".json");
  const envelope = existsSync(envelopeFile)
    ? (JSON.parse(readFileSync(envelopeFile, "utf8")) as CapturedMail["envelope"])
    : { from: null, to: [] };
  return { file, raw, envelope, ...parseMessage(raw) };
}

export function readAllMail(): CapturedMail[] {
  const dir = requireEnv("E2E_MAIL_DIR");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => parseMail(path.join(dir, name)));
}

/** Messages whose raw source or decoded subject/text/html mention `needle`. */
export function mailMentioning(needle: string): CapturedMail[] {
  return readAllMail().filter((m) => [m.raw, m.subject, m.text, m.html].some((s) => s.includes(needle)));
}

/** Waits until at least `count` messages mention `needle`; returns them (fails after the timeout). */
export async function waitForMail(needle: string, count: number, timeoutMs = 15_000): Promise<CapturedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mailMentioning(needle);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Everything a person could read in the message, in one string. */
export const readable = (m: CapturedMail) => [m.raw, Object.values(m.headers).join("\n"), m.text, m.html].join("\n");
