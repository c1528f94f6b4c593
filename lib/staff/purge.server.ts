import "server-only";
import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client.server";
import { audit } from "./audit.server";

export type PurgeReport = { appointments: number; insuranceRequests: number; cards: number; notes: number; emails: number; mailFiles: number };

const BATCH = 500;

/**
 * Deletes every request received more than `days` days before `now`, with its card images,
 * notes and outbox rows, in batches (each batch one transaction), and development mail files
 * (.eml) just as old. Returns and audits counts only. The audit log itself is never purged.
 */
export async function purgeExpired(db: Db, { days, now = new Date(), mailDir }: { days: number; now?: Date; mailDir?: string }): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const report: PurgeReport = { appointments: 0, insuranceRequests: 0, cards: 0, notes: 0, emails: 0, mailFiles: 0 };
  const old = { createdAt: { lt: cutoff } };

  for (;;) {
    const refs = (await db.appointmentRequest.findMany({ where: old, select: { reference: true }, take: BATCH })).map((r) => r.reference);
    if (refs.length === 0) break;
    const [notes, emails, requests] = await db.$transaction([
      db.requestNote.deleteMany({ where: { reference: { in: refs } } }),
      db.outboxEmail.deleteMany({ where: { reference: { in: refs } } }),
      db.appointmentRequest.deleteMany({ where: { reference: { in: refs } } }),
    ]);
    report.notes += notes.count;
    report.emails += emails.count;
    report.appointments += requests.count;
  }

  for (;;) {
    const refs = (await db.insuranceRequest.findMany({ where: old, select: { reference: true }, take: BATCH })).map((r) => r.reference);
    if (refs.length === 0) break;
    const inRefs = { reference: { in: refs } };
    const [cards, notes, emails, requests] = await db.$transaction([
      // Coverages and cards would cascade; cards are deleted explicitly to count them.
      db.insuranceCard.deleteMany({ where: { request: inRefs } }),
      db.requestNote.deleteMany({ where: inRefs }),
      db.outboxEmail.deleteMany({ where: inRefs }),
      db.insuranceRequest.deleteMany({ where: inRefs }),
    ]);
    report.cards += cards.count;
    report.notes += notes.count;
    report.emails += emails.count;
    report.insuranceRequests += requests.count;
  }

  if (mailDir) report.mailFiles = await purgeMailFiles(mailDir, cutoff);

  await audit(db, { action: "retention.purge", actor: null, detail: { days, cutoff: cutoff.toISOString(), ...report } });
  return report;
}

/** Development mail is written to files; the patient copies name the patient's address. */
async function purgeMailFiles(dir: string, cutoff: Date): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".eml"))) {
    const file = path.join(dir, name);
    if ((await stat(file)).mtime < cutoff) {
      await unlink(file);
      removed++;
    }
  }
  return removed;
}
