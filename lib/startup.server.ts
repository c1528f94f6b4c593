import "server-only";
import { clinic } from "@/lib/clinic";
import { checkClinic } from "@/lib/clinic-schema";
import { ConfigError } from "@/lib/config-error";
import { env } from "@/lib/env.server";
import { routeConsoleTo } from "@/lib/log/console.server";
import { logger } from "@/lib/log/logger.server";
import { mailer } from "@/lib/mail/mailer.server";
import { startOutboxLoop } from "@/lib/mail/outbox.server";
import { keyRing } from "@/lib/security/encryption.server";
import { closeRateLimitStore } from "@/lib/security/rate-limit.server";
import { beforeExit, handleShutdownSignals } from "@/lib/shutdown.server";

/**
 * Start-up of a Node.js server instance. A wrong setting stops the process with a message
 * that names it, rather than failing on the first form a patient sends.
 */
export function startServer(): void {
  let settings: ReturnType<typeof env>;
  try {
    checkClinic(clinic);
    settings = env();
    keyRing(); // a missing or malformed ENCRYPTION_KEYS stops start-up here, not on a patient's form
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.report);
    process.exit(1);
  }
  if (settings.NODE_ENV === "production") routeConsoleTo(logger);
  handleShutdownSignals({ timeoutMs: settings.SHUTDOWN_TIMEOUT_MS, log: (event, facts) => logger.info({ event, ...facts }) });
  beforeExit("outbox", startOutboxLoop(settings.OUTBOX_INTERVAL_MS));
  beforeExit("mail", async () => mailer().close());
  beforeExit("rate-limit store", closeRateLimitStore);
}
