/**
 * Reads the messages the SMTP catcher saved (E2E_MAIL_DIR) and decodes them enough to
 * check what a reader sees: headers with RFC 2047 words decoded, and the text of every
 * text/* part with quoted-printable or base64 undone. Privacy checks must look at both
 * `raw` and the decoded text, since base64 would hide a name from a check of `raw` alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { requireEnv } from "./env";

export interface CapturedMail {
  file: string;
  raw: string;
  envelope: { from: string | null; to: string[] };
  /** Lower-case header names; decoded values. */
  headers: Record<string, string>;
  subject: string;
  /** The decoded text of every text/plain part, joined. */
  text: string;
  /** The decoded text of every text/html part, joined. */
  html: string;
}

interface Entity {
  headers: Record<string, string>;
  body: string;
}

function splitEntity(source: string): Entity {
  const match = /\r?\n\r?\n/.exec(source);
  const head = match ? source.slice(0, match.index) : source;
  const body = match ? source.slice(match.index + match[0].length) : "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, body };
}

function bytesToText(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

function decodeQuotedPrintable(input: string): Buffer {
  const soft = input.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words (=?utf-8?B?...?= and =?utf-8?Q?...?=). */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, charset: string, encoding: string, data: string) =>
      bytesToText(
        encoding.toUpperCase() === "B"
          ? Buffer.from(data, "base64")
          : decodeQuotedPrintable(data.replace(/_/g, " ")),
        charset.replace(/\*.*$/, ""),
      ),
    );
}

function param(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header ?? "");
  return match ? (match[1] ?? match[2]) : undefined;
}

function collectText(entity: Entity, out: { text: string[]; html: string[] }) {
  const type = (entity.headers["content-type"] ?? "text/plain").split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = param(entity.headers["content-type"], "boundary");
    if (!boundary) return;
    const parts = entity.body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break;
      collectText(splitEntity(part.replace(/^\r?\n/, "")), out);
    }
    return;
  }
  if (!type.startsWith("text/")) return;
  const encoding = (entity.headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(entity.body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(entity.body)
        : Buffer.from(entity.body, "utf8");
  const decoded = bytesToText(bytes, param(entity.headers["content-type"], "charset") ?? "utf-8");
  (type === "text/html" ? out.html : out.text).push(decoded);
}

export function parseMail(file: string): CapturedMail {
  const raw = readFileSync(file, "utf8");
  const envelopeFile = file.replace(/\.eml$/, ".json");
  const envelope = existsSync(envelopeFile)
    ? (JSON.parse(readFileSync(envelopeFile, "utf8")) as CapturedMail["envelope"])
    : { from: null, to: [] };
  const entity = splitEntity(raw);
  const headers = Object.fromEntries(Object.entries(entity.headers).map(([k, v]) => [k, decodeWords(v)]));
  const out = { text: [] as string[], html: [] as string[] };
  collectText(entity, out);
  return { file, raw, envelope, headers, subject: headers.subject ?? "", text: out.text.join("\n"), html: out.html.join("\n") };
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
