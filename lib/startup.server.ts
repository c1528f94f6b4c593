import "server-only";
import { clinic } from "@/lib/clinic";
import { checkClinic } from "@/lib/clinic-schema";
import { ConfigError } from "@/lib/config-error";
import { env } from "@/lib/env.server";
import { startOutboxLoop } from "@/lib/mail/outbox.server";
import { keyRing } from "@/lib/security/encryption.server";

/**
 * Start-up of a Node.js server instance. A wrong setting stops the process with a message
 * that names it, rather than failing on the first form a patient sends.
 */
export function startServer(): void {
  let interval: number;
  try {
    checkClinic(clinic);
    interval = env().OUTBOX_INTERVAL_MS;
    keyRing(); // a missing or malformed ENCRYPTION_KEYS stops start-up here, not on a patient's form
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.report);
    process.exit(1);
  }
  startOutboxLoop(interval);
}
