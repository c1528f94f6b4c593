/** Runs once when a server instance starts, before it serves requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;

  // Fail at start, naming the variable, rather than on the first form a patient sends.
  const { env } = await import("@/lib/env.server");
  const { OUTBOX_INTERVAL_MS } = env();

  const { startOutboxLoop } = await import("@/lib/mail/outbox.server");
  startOutboxLoop(OUTBOX_INTERVAL_MS);
}
