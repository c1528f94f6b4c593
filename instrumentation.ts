/** Runs once when a server instance starts, before it serves requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;

  // Stop at start, naming the variable, rather than fail on the first form a patient sends.
  const { env } = await import("@/lib/env.server");
  let interval: number;
  try {
    interval = env().OUTBOX_INTERVAL_MS;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }

  const { startOutboxLoop } = await import("@/lib/mail/outbox.server");
  startOutboxLoop(interval);
}
