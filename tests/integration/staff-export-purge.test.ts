/**
 * The CSV export and the retention purge, against real databases: the export holds every
 * matching request once, cannot smuggle a formula into a spreadsheet, and is audited without
 * patient data; the purge removes old requests with everything attached (and old development
 * mail files), keeps what is newer, and leaves the audit log alone.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateKeySpec, parseKeyRing } from "@/lib/security/encryption.server";
import { exportCsv } from "@/lib/staff/export.server";
import { parseFilters } from "@/lib/staff/filters";
import { purgeExpired } from "@/lib/staff/purge.server";
import { addNote, viewRequest } from "@/lib/staff/requests.server";
import type { Staff } from "@/lib/staff/session.server";
import { providers } from "../helpers/db";
import {
  CLIENT,
  appointmentRows,
  auditEvents,
  insuranceRows,
  staffMember,
  submitAppointmentRequest,
  submitInsuranceRequest,
  useStaffDb,
} from "../helpers/staff";

const DAY = 86_400_000;
const HEADER = ["Reference", "Kind", "Status", "Received (Pacific Time)", "First name", "Last name", "Phone", "Email", "Treatment"];

/** A plain RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field), records.push(record), (record = []), (field = ""), i++;
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

describe.each(providers)("staff export and retention (%s)", (provider) => {
  const ctx = useStaffDb(provider);
  let staff: Staff;
  beforeEach(async () => {
    staff = await staffMember(ctx.deps);
  });

  describe("CSV export", () => {
    const exportText = async (query: Record<string, string> = {}) => {
      const result = await exportCsv(ctx.db, staff, parseFilters(query), CLIENT);
      // Buffer keeps the byte-order mark (Response.text() would drop it).
      return { rows: result.rows, text: Buffer.from(await new Response(result.body).arrayBuffer()).toString("utf8") };
    };

    it("neutralises cells a spreadsheet would run as formulas", async () => {
      const hostile = [
        { firstName: '=HYPERLINK("http://x.example","Click")', lastName: "+1+1", email: "-2@example.test" },
        { firstName: "@SUM(A1)", lastName: "-2", email: "=1+1" },
        { firstName: "\tTab", lastName: "Plain", email: "plain@example.test" },
      ];
      await ctx.db.appointmentRequest.createMany({
        data: appointmentRows(3, (i) => ({ ...hostile[i], createdAt: new Date(Date.UTC(2026, 10, 20, 17, i)) })),
      });

      const { rows, text } = await exportText();
      expect(rows).toBe(3);
      expect(text.startsWith("\uFEFF")).toBe(true);
      const records = parseCsv(text.slice(1));
      expect(records[0]).toEqual(HEADER);
      expect(records).toHaveLength(1 + 3);

      const byLastName = (last: string) => records.find((r) => r[5] === last || r[5] === `'${last}`)!;
      expect(byLastName("+1+1").slice(4, 8)).toEqual([`'=HYPERLINK("http://x.example","Click")`, "'+1+1", "(541) 555-0123", "'-2@example.test"]);
      expect(byLastName("-2").slice(4, 8)).toEqual(["'@SUM(A1)", "'-2", "(541) 555-0123", "'=1+1"]);
      expect(byLastName("Plain")[4]).toBe("'\tTab");
      // No cell anywhere starts with a formula character.
      for (const record of records.slice(1)) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });

    it("writes one row per request, newest first, with readable kinds, statuses, times and treatments", async () => {
      const appointment = await submitAppointmentRequest(ctx.db);
      const insurance = await submitInsuranceRequest(ctx.db, parseKeyRing(generateKeySpec("test")));
      await ctx.db.appointmentRequest.updateMany({ data: { createdAt: new Date("2026-11-24T07:30:00Z"), status: "in-review" } });
      await ctx.db.insuranceRequest.updateMany({ data: { createdAt: new Date("2026-11-24T08:05:00Z"), status: "verified" } });

      const records = parseCsv((await exportText()).text.slice(1));
      expect(records.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[8]])).toEqual([
        [insurance, "Insurance check", "Benefits verified", "2026-11-24 00:05", "IV ketamine infusion"],
        [appointment, "Appointment", "In review", "2026-11-23 23:30", "Esketamine nasal spray (Spravato®)"],
      ]);
    });

    it("exports only what the filters show, across more than one batch", async () => {
      await ctx.db.appointmentRequest.createMany({
        data: appointmentRows(1005, (i) => ({ status: i % 5 === 0 ? "closed" : "new", createdAt: new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 3) * 60_000) })),
      });
      await ctx.db.insuranceRequest.createMany({ data: insuranceRows(20) });

      const all = await exportText();
      expect(all.rows).toBe(1025);
      const records = parseCsv(all.text.slice(1)).slice(1);
      expect(records).toHaveLength(1025);
      expect(new Set(records.map((r) => r[0])).size).toBe(1025);

      const closed = await exportText({ kind: "appointment", status: "closed" });
      expect(closed.rows).toBe(201);
      const closedRecords = parseCsv(closed.text.slice(1)).slice(1);
      expect(closedRecords).toHaveLength(201);
      for (const r of closedRecords) expect([r[1], r[2]]).toEqual(["Appointment", "Closed"]);
    });

    it("audits the export with the filters and row count, and no patient data", async () => {
      await ctx.db.appointmentRequest.createMany({ data: appointmentRows(4, (i) => ({ createdAt: new Date(Date.UTC(2026, 10, 20 + i, 18)) })) });
      const { rows } = await exportText({ from: "2026-11-21", status: "new" });
      expect(rows).toBe(3);

      const events = await auditEvents(ctx.db, "export");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: staff.id, actorEmail: staff.email, clientIp: CLIENT.ip, reference: null });
      expect(events[0]!.detail).toEqual({ rows: 3, kind: "all", status: "new", from: "2026-11-21", to: null, ref: null });
      const logged = JSON.stringify(events[0]);
      for (const patientData of ["Rosalind", "Achterberg", "rosalind.", "555-0123", "1986-04-12"]) expect(logged).not.toContain(patientData);
    });
  });

  describe("retention purge", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
    let mailDir: string;
    beforeEach(() => {
      mailDir = mkdtempSync(path.join(os.tmpdir(), "clinic-mail-"));
    });
    afterEach(() => rmSync(mailDir, { recursive: true, force: true }));

    /** A request of each kind with a note, received `days` days before `now`. */
    async function requestsReceived(days: number) {
      const keys = parseKeyRing(generateKeySpec("test"));
      const appointment = await submitAppointmentRequest(ctx.db);
      const insurance = await submitInsuranceRequest(ctx.db, keys);
      await addNote(ctx.db, staff, appointment, "Prefers mornings.", CLIENT);
      await addNote(ctx.db, staff, insurance, "Card photo is blurry; asked for a new one.", CLIENT);
      await viewRequest(ctx.db, keys, staff, insurance, CLIENT);
      await ctx.db.appointmentRequest.updateMany({ where: { reference: appointment }, data: { createdAt: daysAgo(days) } });
      await ctx.db.insuranceRequest.updateMany({ where: { reference: insurance }, data: { createdAt: daysAgo(days) } });
      return [appointment, insurance];
    }
    const leftOf = async (references: string[]) => ({
      appointments: await ctx.db.appointmentRequest.count({ where: { reference: { in: references } } }),
      insuranceRequests: await ctx.db.insuranceRequest.count({ where: { reference: { in: references } } }),
      coverages: await ctx.db.insuranceCoverage.count({ where: { request: { reference: { in: references } } } }),
      cards: await ctx.db.insuranceCard.count({ where: { request: { reference: { in: references } } } }),
      notes: await ctx.db.requestNote.count({ where: { reference: { in: references } } }),
      emails: await ctx.db.outboxEmail.count({ where: { reference: { in: references } } }),
    });
    function mailFile(name: string, ageDays: number) {
      const file = path.join(mailDir, name);
      writeFileSync(file, "To: patient@example.test\r\nSubject: We received your request\r\n\r\nThank you.\r\n");
      const mtime = daysAgo(ageDays);
      utimesSync(file, mtime, mtime);
    }

    it("removes requests older than the retention period with their plans, cards, notes and emails, and keeps newer ones", async () => {
      const old = await requestsReceived(181);
      const recent = await requestsReceived(179);
      const keptBefore = await leftOf(recent);
      expect(await leftOf(old)).toEqual(keptBefore);
      expect(keptBefore).toEqual({ appointments: 1, insuranceRequests: 1, coverages: 2, cards: 2, notes: 2, emails: 4 });

      const report = await purgeExpired(ctx.db, { days: 180, now });
      expect(report).toEqual({ appointments: 1, insuranceRequests: 1, cards: 2, notes: 2, emails: 4, mailFiles: 0 });
      expect(await leftOf(old)).toEqual({ appointments: 0, insuranceRequests: 0, coverages: 0, cards: 0, notes: 0, emails: 0 });
      expect(await ctx.db.insuranceCoverage.count()).toBe(2);
      expect(await leftOf(recent)).toEqual(keptBefore);
    });

    it("removes development mail files as old as that, and nothing else in the folder", async () => {
      mailFile("old-patient-copy.eml", 200);
      mailFile("recent-patient-copy.eml", 10);
      mailFile("old-notes.txt", 200);

      const report = await purgeExpired(ctx.db, { days: 180, now, mailDir });
      expect(report.mailFiles).toBe(1);
      expect(readdirSync(mailDir).sort()).toEqual(["old-notes.txt", "recent-patient-copy.eml"]);
    });

    it("audits the purge with counts only, and leaves the audit log's earlier rows intact", async () => {
      await requestsReceived(365);
      mailFile("old.eml", 365);
      const before = await ctx.db.auditEvent.findMany({ orderBy: { id: "asc" } });
      expect(before.some((row) => row.action === "request.view")).toBe(true);

      const report = await purgeExpired(ctx.db, { days: 180, now, mailDir });
      const after = await ctx.db.auditEvent.findMany({ orderBy: { id: "asc" } });
      expect(after.filter((row) => row.action !== "retention.purge")).toEqual(before);

      const purges = await auditEvents(ctx.db, "retention.purge");
      expect(purges).toHaveLength(1);
      expect(purges[0]).toMatchObject({ actorId: null, reference: null });
      expect(purges[0]!.detail).toEqual({ days: 180, cutoff: daysAgo(180).toISOString(), ...report });
      expect(report).toEqual({ appointments: 1, insuranceRequests: 1, cards: 2, notes: 2, emails: 4, mailFiles: 1 });
    });

    it("removes old requests in batches until none is left", async () => {
      await ctx.db.appointmentRequest.createMany({ data: appointmentRows(1203, () => ({ createdAt: daysAgo(400) })) });
      await ctx.db.appointmentRequest.createMany({ data: appointmentRows(3, () => ({ createdAt: daysAgo(30) })) });
      const report = await purgeExpired(ctx.db, { days: 180, now });
      expect(report.appointments).toBe(1203);
      expect(await ctx.db.appointmentRequest.count()).toBe(3);
    });

    it("removes nothing when nothing is old enough", async () => {
      await requestsReceived(0);
      const before = { appointments: await ctx.db.appointmentRequest.count(), insurance: await ctx.db.insuranceRequest.count(), emails: await ctx.db.outboxEmail.count() };
      expect(await purgeExpired(ctx.db, { days: 180, now })).toEqual({ appointments: 0, insuranceRequests: 0, cards: 0, notes: 0, emails: 0, mailFiles: 0 });
      expect({ appointments: await ctx.db.appointmentRequest.count(), insurance: await ctx.db.insuranceRequest.count(), emails: await ctx.db.outboxEmail.count() }).toEqual(before);
    });
  });
});
