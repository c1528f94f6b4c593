import "server-only";
import { types } from "node:util";
import { APPOINTMENT_FIELDS } from "@/lib/validation/appointment";
import { INSURANCE_FIELDS } from "@/lib/validation/insurance";

const REDACTED = "[redacted]";

/** Keys compare without case or separators: `dateOfBirth`, `date_of_birth` and `Date-Of-Birth` are one. */
const normalize = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Keys whose values are dropped at any depth, whatever the value: every field of both forms
 * (taken from the schemas, so a new field is covered the day it is added), the shapes the
 * schemas produce (patient, coverages, policyholder), the honeypot, form values and
 * answers, mail recipients, request bodies and queries, one-time codes, error texts.
 */
const SENSITIVE_KEYS = new Set(
  [
    ...APPOINTMENT_FIELDS,
    ...INSURANCE_FIELDS,
    ...["patient", "patients", "coverage", "coverages", "policyholder", "subscriber", "name", "dob", "website"],
    ...["values", "answers", "input", "body", "rawBody", "formData", "payload", "query", "search", "searchParams"],
    ...["recipient", "recipients", "to", "cc", "bcc", "replyTo", "from"],
    ...["code", "otp", "pin", "ip", "clientKey"],
    // An error's text can quote what was submitted (Prisma's validation errors do): errorFacts instead.
    ...["message", "stack"],
  ].map(normalize),
);

/**
 * Parts of keys that mark sensitive data under any name (`staffEmail`, `set-cookie`,
 * `x-forwarded-for`, `remoteAddress`, `sessionToken`, `cardImages`). A number or boolean under
 * such a key is kept: it is a count or a flag (`emails: 2`), since the forms' own fields, all
 * text, are caught by name above.
 */
const SENSITIVE_PARTS = [
  ...["email", "phone", "birth", "name", "memberid", "groupnumber", "policyholder", "subscriber", "insured", "clinician", "note"],
  ...["card", "file", "image", "photo", "address", "street", "postal", "zip", "ssn", "diagnos", "medication"],
  ...["password", "passwd", "secret", "token", "cookie", "authorization", "apikey", "totp", "backupcode", "session", "forwarded", "realip"],
].map(normalize);

/** Kept although they contain a sensitive part: names of error classes, hosts and routes, never a person's. */
const SAFE_KEYS = new Set(["errorName", "hostname", "pathname", "routeName"].map(normalize));

function isSensitiveKey(key: string, value?: unknown): boolean {
  const k = normalize(key);
  if (SENSITIVE_KEYS.has(k)) return true;
  if (SAFE_KEYS.has(k) || typeof value === "number" || typeof value === "boolean") return false;
  return SENSITIVE_PARTS.some((part) => k.includes(part));
}

/** Also true for errors from another realm (jest's sandbox, a worker), which fail `instanceof Error`. */
const isError = (value: unknown): value is Error => value instanceof Error || types.isNativeError(value);

const TOKEN = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * What may be logged about an error: its class, code and digest (Next.js's hash of a server
 * error), never its message, which can echo submitted values. A code or digest that is not a
 * short token (Next's redirect digest carries the address) is left out.
 */
export function errorFacts(err: unknown): { errorName: string; errorCode?: string; errorDigest?: string } {
  if (!isError(err)) return { errorName: typeof err };
  const { code, digest } = err as { code?: unknown; digest?: unknown };
  const codeText = typeof code === "number" ? String(code) : code;
  return {
    errorName: TOKEN.test(err.name) ? err.name : "Error",
    ...(typeof codeText === "string" && TOKEN.test(codeText) ? { errorCode: codeText } : {}),
    ...(typeof digest === "string" && TOKEN.test(digest) ? { errorDigest: digest } : {}),
  };
}

const MAX_DEPTH = 10;
const MAX_ITEMS = 100;

/** An address without its query and fragment, where forms without JavaScript would put answers. */
const withoutQuery = (text: string) => (/^(https?:\/\/|\/)/i.test(text) ? text.replace(/[?#][\s\S]*$/, "") : text);

/** The key/value pairs of objects that keep them out of reach of Object.entries. */
function entriesOf(value: object): [string, unknown][] {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]);
  if (value instanceof Headers || value instanceof URLSearchParams || value instanceof FormData) return [...value.entries()];
  if (value instanceof Request) return [["method", value.method], ["url", value.url], ["headers", value.headers]];
  return Object.entries(value);
}

function clean(value: unknown, depth: number, path: Set<object>): unknown {
  if (typeof value === "string") return withoutQuery(value);
  if (typeof value === "bigint") return String(value);
  if (value === null || typeof value !== "object") return value;
  if (isError(value)) return errorFacts(value);
  if (value instanceof Date) return value;
  if (value instanceof URL) return withoutQuery(value.href);
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  // A file's name can be a person's ("jane-doe-card.jpg").
  if (value instanceof Blob) return { size: value.size, type: value.type };
  if (path.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  path.add(value);
  try {
    if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => clean(item, depth + 1, path));
    const out: Record<string, unknown> = {};
    for (const [key, item] of entriesOf(value)) {
      if (item !== undefined) out[key] = isSensitiveKey(key, item) ? REDACTED : clean(item, depth + 1, path);
    }
    return out;
  } finally {
    path.delete(value);
  }
}

/** A copy of a log line's object with sensitive keys redacted and errors reduced to their facts, at any depth. */
export function redactObject(value: object): Record<string, unknown> {
  if (isError(value)) return errorFacts(value);
  const cleaned = clean(value, 0, new Set());
  return typeof cleaned === "object" && cleaned !== null && !Array.isArray(cleaned) ? (cleaned as Record<string, unknown>) : { value: cleaned };
}

/**
 * The arguments of a log call, made safe: the object redacted, an Error replaced by its facts,
 * and values for a message's %s/%o placeholders replaced (strings) or redacted (objects).
 * Only the message template itself, which the code wrote, passes as it is.
 */
export function redactLogArguments(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  const safeParams = (params: unknown[]) =>
    params.map((p) => (typeof p === "string" ? REDACTED : typeof p === "object" && p !== null ? redactObject(p) : p));
  if (typeof first === "object" && first !== null) {
    const [message, ...params] = rest;
    return [redactObject(first), ...(rest.length ? [typeof message === "string" ? message : REDACTED, ...safeParams(params)] : [])];
  }
  return first === undefined ? args : [first, ...safeParams(rest)];
}
