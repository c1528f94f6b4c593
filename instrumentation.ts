/** Runs once when a server instance starts, before it serves requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("@/lib/startup.server");
    startServer();
  }
}
