import "server-only";
import { randomUUID } from "node:crypto";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import pino from "pino";
import { redactLogArguments, redactObject } from "./redact.server";
import { REQUEST_ID_HEADER, isSafeRequestId } from "./request-id";

export { errorFacts } from "./redact.server";

/**
 * Names this process on every line, so lines of several instances can be told apart. Random
 * rather than hostname and pid: the tests that search logs for submitted values skip random
 * UUIDs, while a pid's digits could match a typed number by chance. Kept on globalThis: Next.js
 * loads this module once per bundle (instrumentation, each route), all in one process.
 */
const globalForLog = globalThis as unknown as { clinicLogInstance?: string };
const INSTANCE = (globalForLog.clinicLogInstance ??= randomUUID());

/**
 * The id proxy.ts gave the request being handled, from the store Next.js keeps for each request
 * (server actions, route handlers, rendering and their after() work). Reading the store directly
 * (an internal of Next.js, shared through a global) rather than through `headers()`: that is
 * asynchronous, and a logger's mixin is not. Outside a request there is none.
 */
function currentRequestId(): string | undefined {
  const store = workUnitAsyncStorage.getStore();
  const id = store?.type === "request" ? store.headers.get(REQUEST_ID_HEADER) : null;
  return isSafeRequestId(id) ? id : undefined;
}

/**
 * Runs `fn`, and the work it starts, as no request's: for work shared by many requests (the
 * coalesced outbox drain), whose lines carry their own references instead.
 */
export function outsideRequest<T>(fn: () => T): T {
  return workUnitAsyncStorage.exit(fn);
}

const defaultLevel = () => process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

/**
 * Structured JSON logs. Call sites pass events, references, ids and error facts, never
 * submitted values; redaction is the second line of defence. It walks each logged object in
 * pino's logMethod hook, not with pino's `redact` paths: those name fixed paths (one wildcard
 * per level), while a request or a form's answers can arrive at any depth; and pino reads an
 * Error's message into the line before any formatter runs, so errors are reduced to their facts
 * before pino sees them. Every line carries `instance`, and `requestId` while a request is handled.
 */
export function createLogger(destination?: pino.DestinationStream, level: string = defaultLevel()): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { instance: INSTANCE },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, redactLogArguments(args) as Parameters<pino.LogFn>);
      },
    },
  };
  const log = destination ? pino(options, destination) : pino(options);
  // A child's bindings skip the hook; children inherit this from the root, so theirs pass here too.
  const child = log.child;
  log.child = function (this: pino.Logger, bindings, childOptions) {
    return child.call(this, redactObject(bindings), childOptions);
  } as typeof log.child;
  return log;
}

export const logger = createLogger();
