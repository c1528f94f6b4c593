import "server-only";
import pino from "pino";

/**
 * Structured logs. Call sites pass references, ids and error codes, never submitted values;
 * the redact list is a second line of defence for field names that hold patient data.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: {
    paths: ["*.firstName", "*.lastName", "*.dateOfBirth", "*.phone", "*.email", "*.note", "*.recipient", "*.to", "*.values"],
    censor: "[redacted]",
  },
});

/** What may be logged about an error: its class and code, never its message (which can echo values). */
export function errorFacts(err: unknown): { errorName: string; errorCode?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { errorName: err.name, ...(typeof code === "string" || typeof code === "number" ? { errorCode: String(code) } : {}) };
  }
  return { errorName: typeof err };
}
