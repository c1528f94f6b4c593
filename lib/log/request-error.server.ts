import "server-only";
import type { Instrumentation } from "next";
import { errorFacts, logger } from "./logger.server";
import { REQUEST_ID_HEADER, isSafeRequestId } from "./request-id";

type RequestError = Parameters<Instrumentation.onRequestError>;

/**
 * What is logged of an error Next.js caught while handling a request: its facts, the route
 * (its pattern, such as /staff/submissions/[ref]), the method and the request's id. Never the
 * error's message nor the address, whose query can carry what a form sent.
 */
export function requestErrorFacts(...[error, request, context]: RequestError) {
  const requestId = request.headers[REQUEST_ID_HEADER];
  return {
    event: "request.error",
    ...errorFacts(error),
    method: /^[A-Z]{1,16}$/.test(request.method) ? request.method : "other",
    route: context.routePath,
    routeType: context.routeType,
    ...(typeof requestId === "string" && isSafeRequestId(requestId) ? { requestId } : {}),
  };
}

export const logRequestError: Instrumentation.onRequestError = (...args) => {
  logger.error(requestErrorFacts(...args));
};
