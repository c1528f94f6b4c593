/**
 * Sends every email that is due now: `npm run outbox:drain`. The running site retries on
 * its own every OUTBOX_INTERVAL_MS; this is for operators (e.g. after fixing SMTP settings)
 * and for cron when the site runs somewhere without a long-lived process.
 */
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

async function main() {
  // Without SMTP the messages would only be written to files and marked sent; the running
  // development server already does that on its own.
  if (!process.env.SMTP_URL) {
    console.error("SMTP_URL is not set: nothing would actually be sent. Set it (see README.md, \"Configuration\").");
    process.exit(1);
  }
  const { drainAppOutbox } = await import("@/lib/mail/outbox.server");
  const total = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const report = await drainAppOutbox({ limit: 100 });
    if (!report) process.exit(1);
    total.sent += report.sent;
    total.retrying += report.retrying;
    total.failed += report.failed;
    if (report.sent + report.retrying + report.failed < 100) break;
  }
  console.log(`Outbox: ${total.sent} sent, ${total.retrying} will be retried, ${total.failed} failed for good.`);
  const { db } = await import("@/lib/db/client.server");
  await (await db()).$disconnect();
}

void main();
