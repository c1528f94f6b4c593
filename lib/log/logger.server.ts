import "server-only";
import pino from "pino";

/** Names of fields that hold patient data, redacted at the top level or one level down. */
const PATIENT_FIELDS = ["firstName", "lastName", "dateOfBirth", "phone", "email", "note", "referringClinician", "recipient", "to", "values"];

/**
 * Structured logs. Call sites pass references, ids and error codes, never submitted values;
 * the redact list is a second line of defence for field names that hold patient data.
 */
export const loggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: {
    paths: PATIENT_FIELDS.flatMap((field) => [field, `*.${field}`]),
    censor: "[redacted]",
  },
} satisfies pino.LoggerOptions;

export const logger = pino(loggerOptions);

/** What may be logged about an error: its class and code, never its message (which can echo values). */
export function errorFacts(err: unknown): { errorName: string; errorCode?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { errorName: err.name, ...(typeof code === "string" || typeof code === "number" ? { errorCode: String(code) } : {}) };
  }
  return { errorName: typeof err };
}
