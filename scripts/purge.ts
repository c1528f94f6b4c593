/**
 * Deletes requests older than the clinic's retention period (lib/clinic.server.ts,
 * retentionDays): `npm run purge`. Run it daily from cron. Prints and logs counts only.
 */
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

async function main() {
  const { clinicPrivate } = await import("@/lib/clinic.server");
  const { db } = await import("@/lib/db/client.server");
  const { env } = await import("@/lib/env.server");
  const { logger } = await import("@/lib/log/logger.server");
  const { purgeExpired } = await import("@/lib/staff/purge.server");
  const database = await db();
  const report = await purgeExpired(database, { days: clinicPrivate.retentionDays, mailDir: env().MAIL_DIR });
  logger.info({ event: "retention.purge", days: clinicPrivate.retentionDays, ...report });
  console.log(
    `Purged requests older than ${clinicPrivate.retentionDays} days: ${report.appointments} appointment and ${report.insuranceRequests} insurance requests, ${report.cards} card images, ${report.notes} notes, ${report.emails} outbox emails, ${report.mailFiles} mail files.`,
  );
  await database.$disconnect();
}

void main();
