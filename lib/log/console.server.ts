import "server-only";
import { format, stripVTControlCharacters, types } from "node:util";
import type pino from "pino";
import { errorFacts } from "./redact.server";

const text = (args: unknown[]) => stripVTControlCharacters(format(...args)).trim();

/**
 * What Next.js and libraries print with console.* becomes JSON lines of `log` too, so the
 * whole output can be collected and searched alike. console.error keeps only the facts of the
 * errors it is given, never its text: Next.js prints an error a request ran into with its
 * message, which can quote what a form sent (onRequestError logs the same error with its route
 * and request id).
 */
export function routeConsoleTo(log: pino.Logger): void {
  console.log = console.info = (...args: unknown[]) => log.info({ event: "console", text: text(args) });
  console.warn = (...args: unknown[]) => log.warn({ event: "console.warn", text: text(args) });
  console.error = (...args: unknown[]) => {
    const error = args.find((arg) => types.isNativeError(arg) || arg instanceof Error);
    log.error({ event: "console.error", ...(error ? errorFacts(error) : {}) });
  };
}
