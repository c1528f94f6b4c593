import "server-only";
import { clinic } from "@/lib/clinic";
import { checkClinic } from "@/lib/clinic-schema";
import { env } from "@/lib/env.server";
import { startOutboxLoop } from "@/lib/mail/outbox.server";

/**
 * Start-up of a Node.js server instance. A wrong setting stops the process with a message
 * that names it, rather than failing on the first form a patient sends.
 */
export function startServer(): void {
  let interval: number;
  try {
    checkClinic(clinic);
    interval = env().OUTBOX_INTERVAL_MS;
  } catch (err) {
    // parseEnv and checkClinic write these messages: they name settings, never their values.
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  startOutboxLoop(interval);
}
