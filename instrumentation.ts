import type { Instrumentation } from "next";

/** Runs once when a server instance starts, before it serves requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("@/lib/startup.server");
    startServer();
  }
}

/** Every error Next.js catches while handling a request, logged as facts (lib/log/request-error.server.ts). */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/request-error.server");
  await logRequestError(...args);
};
