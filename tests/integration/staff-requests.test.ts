/**
 * The staff inbox's data layer, against real databases and requests submitted through the
 * real forms: the list (both kinds, newest first, filters, pages that never skip or repeat a
 * row), the counts, the decrypted detail and card images (each view audited), the status
 * workflow, notes and resent emails, the data layer's own role checks, and an audit log that
 * cannot be rewritten.
 */
import { generateKeySpec, parseKeyRing, type KeyRing } from "@/lib/security/encryption.server";
import { createStaffAccount, resetStaffAccount, updateStaffAccount } from "@/lib/staff/accounts.server";
import { parseFilters, type Filters } from "@/lib/staff/filters";
import { RequestError, addNote, cardImage, changeStatus, countByStatus, listRequests, resendEmail, viewRequest } from "@/lib/staff/requests.server";
import { ForbiddenError, type Staff } from "@/lib/staff/session.server";
import { JPEG, PNG } from "../helpers/card-files";
import { providers } from "../helpers/db";
import {
  CLIENT,
  appointmentAnswers,
  appointmentRows,
  auditEvents,
  insuranceAnswers,
  insuranceRows,
  staffMember,
  submitAppointmentRequest,
  submitInsuranceRequest,
  useStaffDb,
} from "../helpers/staff";

const ALL = parseFilters({});
const at = (iso: string) => new Date(iso);

describe.each(providers)("staff requests (%s)", (provider) => {
  const ctx = useStaffDb(provider);
  let staff: Staff;
  let keys: KeyRing;
  beforeEach(async () => {
    staff = await staffMember(ctx.deps);
    keys = parseKeyRing(generateKeySpec("test"));
  });

  const list = (filters: Filters, pageSize?: number) => listRequests(ctx.db, staff, filters, pageSize);
  const refsOf = async (filters: Filters) => (await list(filters)).rows.map((r) => r.reference);
  /** Sets when a submitted request was received (the forms always use "now"). */
  async function receivedAt(reference: string, iso: string) {
    const where = { where: { reference }, data: { createdAt: at(iso) } };
    await (reference.startsWith("APT-") ? ctx.db.appointmentRequest.updateMany(where) : ctx.db.insuranceRequest.updateMany(where));
  }
  const statusOf = async (reference: string) =>
    (reference.startsWith("APT-")
      ? await ctx.db.appointmentRequest.findUniqueOrThrow({ where: { reference } })
      : await ctx.db.insuranceRequest.findUniqueOrThrow({ where: { reference } })
    ).status;

  describe("list", () => {
    /** Two of each kind, received alternately: appointment, insurance, appointment, insurance. */
    async function fourRequests() {
      const a1 = await submitAppointmentRequest(ctx.db);
      const i1 = await submitInsuranceRequest(ctx.db, keys);
      const a2 = await submitAppointmentRequest(ctx.db);
      const i2 = await submitInsuranceRequest(ctx.db, keys);
      await receivedAt(a1, "2026-11-23T18:00:00Z");
      await receivedAt(i1, "2026-11-23T18:01:00Z");
      await receivedAt(a2, "2026-11-23T18:02:00Z");
      await receivedAt(i2, "2026-11-23T18:03:00Z");
      return { a1, i1, a2, i2 };
    }

    it("shows both kinds together, newest first", async () => {
      const { a1, i1, a2, i2 } = await fourRequests();
      const { rows, next } = await list(ALL);
      expect(rows.map((r) => [r.reference, r.kind])).toEqual([
        [i2, "insurance"],
        [a2, "appointment"],
        [i1, "insurance"],
        [a1, "appointment"],
      ]);
      expect(next).toBeUndefined();
      expect(rows[0]).toMatchObject({ status: "new", treatment: "iv-ketamine", phone: "(541) 555-0188" });
    });

    it("filters by kind and by status", async () => {
      const { a1, i1, a2, i2 } = await fourRequests();
      expect(await refsOf(parseFilters({ kind: "appointment" }))).toEqual([a2, a1]);
      expect(await refsOf(parseFilters({ kind: "insurance" }))).toEqual([i2, i1]);

      await changeStatus(ctx.db, staff, a1, "new", "in-review", CLIENT);
      await changeStatus(ctx.db, staff, i2, "new", "in-review", CLIENT);
      expect(await refsOf(parseFilters({ status: "in-review" }))).toEqual([i2, a1]);
      expect(await refsOf(parseFilters({ status: "new" }))).toEqual([a2, i1]);
      expect(await refsOf(parseFilters({ status: "in-review", kind: "insurance" }))).toEqual([i2]);
      expect(await refsOf(parseFilters({ status: "closed" }))).toEqual([]);
    });

    it("filters by day in the clinic's time zone (Pacific), not UTC", async () => {
      const lateEvening = await submitAppointmentRequest(ctx.db); // Nov 23, 11:30 pm Pacific
      const justAfterMidnight = await submitInsuranceRequest(ctx.db, keys); // Nov 24, 0:30 am Pacific
      const dayBefore = await submitAppointmentRequest(ctx.db); // Nov 22, 11:59 pm Pacific
      await receivedAt(lateEvening, "2026-11-24T07:30:00Z");
      await receivedAt(justAfterMidnight, "2026-11-24T08:30:00Z");
      await receivedAt(dayBefore, "2026-11-23T07:59:00Z");

      expect(await refsOf(parseFilters({ from: "2026-11-23", to: "2026-11-23" }))).toEqual([lateEvening]);
      expect(await refsOf(parseFilters({ from: "2026-11-24", to: "2026-11-24" }))).toEqual([justAfterMidnight]);
      expect(await refsOf(parseFilters({ to: "2026-11-22" }))).toEqual([dayBefore]);
      expect(await refsOf(parseFilters({ from: "2026-11-23" }))).toEqual([justAfterMidnight, lateEvening]);
      expect(await refsOf(parseFilters({ from: "2026-11-22", to: "2026-11-24" }))).toEqual([justAfterMidnight, lateEvening, dayBefore]);
    });

    it("counts a whole local day on the day the clocks go back", async () => {
      const earlyMorning = await submitAppointmentRequest(ctx.db); // Nov 1, 0:15 am PDT
      const lateEvening = await submitAppointmentRequest(ctx.db); // Nov 1, 11:45 pm PST
      const nextDay = await submitAppointmentRequest(ctx.db); // Nov 2, 0:15 am PST
      await receivedAt(earlyMorning, "2026-11-01T07:15:00Z");
      await receivedAt(lateEvening, "2026-11-02T07:45:00Z");
      await receivedAt(nextDay, "2026-11-02T08:15:00Z");
      expect(await refsOf(parseFilters({ from: "2026-11-01", to: "2026-11-01" }))).toEqual([lateEvening, earlyMorning]);
      expect(await refsOf(parseFilters({ from: "2026-11-02", to: "2026-11-02" }))).toEqual([nextDay]);
    });

    it("finds a request by its reference however it is typed", async () => {
      const { a1, i1 } = await fourRequests();
      const body = a1.slice(4); // "7KQ2-M9XD"
      expect(await refsOf(parseFilters({ ref: `apt ${body.toLowerCase()}` }))).toEqual([a1]);
      expect(await refsOf(parseFilters({ ref: ` ${a1} ` }))).toEqual([a1]);
      expect(await refsOf(parseFilters({ ref: body.replace("-", "") }))).toEqual([a1]);
      expect(await refsOf(parseFilters({ ref: i1.toLowerCase().replaceAll("-", " ") }))).toEqual([i1]);
      // The right code with the wrong kind, or something that cannot be a reference: nothing.
      expect(await refsOf(parseFilters({ ref: `INS-${body}` }))).toEqual([]);
      expect(await refsOf(parseFilters({ ref: "Quenneville" }))).toEqual([]);
    });

    it("pages through 120 requests of both kinds, many received at the same moment, showing each exactly once", async () => {
      // Four requests share each minute; 90 appointments and 30 insurance requests interleave.
      const minute = (i: number) => new Date(Date.UTC(2026, 10, 20, 17, 0) + Math.floor(i / 4) * 60_000);
      await ctx.db.appointmentRequest.createMany({ data: appointmentRows(90, (i) => ({ createdAt: minute(i) })) });
      await ctx.db.insuranceRequest.createMany({ data: insuranceRows(30, (i) => ({ createdAt: minute(i * 3 + 1) })) });
      const everything = [
        ...(await ctx.db.appointmentRequest.findMany({ select: { reference: true, createdAt: true, id: true } })),
        ...(await ctx.db.insuranceRequest.findMany({ select: { reference: true, createdAt: true, id: true } })),
      ];
      expect(everything).toHaveLength(120);

      const pages: string[][] = [];
      let filters = ALL;
      for (;;) {
        const { rows, next } = await list(filters, 50);
        pages.push(rows.map((r) => r.reference));
        if (!next) break;
        filters = parseFilters({ before: next }); // as the "Older" link carries it
        expect(pages.length).toBeLessThan(5);
      }
      expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
      const seen = pages.flat();
      expect(new Set(seen).size).toBe(120);
      expect([...seen].sort()).toEqual(everything.map((r) => r.reference).sort());

      // Newest first throughout, across page boundaries too.
      const time = new Map(everything.map((r) => [r.reference, r.createdAt.getTime()]));
      for (let i = 1; i < seen.length; i++) expect(time.get(seen[i]!)! <= time.get(seen[i - 1]!)!).toBe(true);
    });

    it("keeps paging inside the filters", async () => {
      await ctx.db.appointmentRequest.createMany({ data: appointmentRows(7, (i) => ({ status: i % 2 ? "new" : "contacted" })) });
      await ctx.db.insuranceRequest.createMany({ data: insuranceRows(5) });
      const first = await list(parseFilters({ kind: "appointment", status: "contacted" }), 3);
      expect(first.rows).toHaveLength(3);
      const second = await list(parseFilters({ kind: "appointment", status: "contacted", before: first.next }), 3);
      expect(second.rows).toHaveLength(1);
      expect(second.next).toBeUndefined();
      for (const row of [...first.rows, ...second.rows]) expect(row).toMatchObject({ kind: "appointment", status: "contacted" });
    });
  });

  it("counts requests per status, over both kinds, whatever the status filter", async () => {
    await ctx.db.appointmentRequest.createMany({ data: appointmentRows(6, (i) => ({ status: ["new", "new", "new", "contacted", "closed", "declined"][i] })) });
    await ctx.db.insuranceRequest.createMany({ data: insuranceRows(4, (i) => ({ status: ["new", "verified", "verified", "closed"][i] })) });
    const expected = { all: 10, new: 4, "in-review": 0, contacted: 1, verified: 2, scheduled: 0, closed: 2, declined: 1 };
    expect(await countByStatus(ctx.db, staff, ALL)).toEqual(expected);
    expect(await countByStatus(ctx.db, staff, parseFilters({ status: "closed" }))).toEqual(expected);
    expect(await countByStatus(ctx.db, staff, parseFilters({ kind: "insurance" }))).toEqual({
      all: 4,
      new: 1,
      "in-review": 0,
      contacted: 0,
      verified: 2,
      scheduled: 0,
      closed: 1,
      declined: 0,
    });
  });

  describe("detail", () => {
    it("shows an insurance request with its plans decrypted, and audits every view", async () => {
      const answers = insuranceAnswers();
      const reference = await submitInsuranceRequest(ctx.db, keys, answers);

      const detail = await viewRequest(ctx.db, keys, staff, reference, CLIENT);
      if (detail?.kind !== "insurance") throw new Error(`expected an insurance request, got ${detail?.kind}`);
      expect(detail).toMatchObject({ reference, firstName: answers.firstName, email: answers.email, coverageType: "employer", status: "new" });
      expect(detail.coverages).toEqual([
        {
          rank: "primary",
          carrier: "regence",
          carrierName: "Regence BlueCross BlueShield",
          planType: "ppo",
          relationship: "self",
          memberId: answers.memberId,
          groupNumber: answers.groupNumber,
          policyholder: null,
        },
        {
          rank: "secondary",
          carrier: "aetna",
          carrierName: "Aetna",
          planType: "hmo",
          relationship: "spouse",
          memberId: answers.secondaryMemberId,
          groupNumber: answers.secondaryGroupNumber,
          policyholder: { name: answers.secondaryPolicyholderName, dateOfBirth: answers.secondaryPolicyholderDateOfBirth },
        },
      ]);
      expect(detail.cards.map((c) => [c.rank, c.side, c.mediaType, c.byteSize]).sort()).toEqual([
        ["primary", "back", "image/png", PNG.length],
        ["primary", "front", "image/jpeg", JPEG.length],
      ]);
      expect(detail.emails.map((e) => e.toPatient).sort()).toEqual([false, true]);
      expect(detail.nextStatuses).toEqual(["in-review", "declined"]);

      await viewRequest(ctx.db, keys, staff, reference, CLIENT);
      const views = await auditEvents(ctx.db, "request.view");
      expect(views).toHaveLength(2);
      for (const view of views) expect(view).toMatchObject({ reference, actorId: staff.id, actorEmail: staff.email, clientIp: CLIENT.ip });
      // The log says who saw what, not what they saw.
      expect(JSON.stringify(views)).not.toContain(answers.memberId);
    });

    it("shows an appointment request with its lists and emails", async () => {
      const answers = appointmentAnswers();
      const reference = await submitAppointmentRequest(ctx.db, answers);
      const detail = await viewRequest(ctx.db, keys, staff, reference, CLIENT);
      if (detail?.kind !== "appointment") throw new Error(`expected an appointment request, got ${detail?.kind}`);
      expect(detail).toMatchObject({
        reference,
        lastName: answers.lastName,
        availableDays: ["tue", "thu"],
        availableTimes: ["evening"],
        note: "Worried about side effects",
      });
      expect(detail).not.toHaveProperty("idempotencyKey");
      expect(detail.emails).toHaveLength(2);
      expect(detail.emails.filter((e) => e.toPatient)).toEqual([expect.objectContaining({ template: "appointment-patient", status: "pending" })]);
    });

    it("returns nothing, and audits nothing, for a reference that does not exist", async () => {
      expect(await viewRequest(ctx.db, keys, staff, "APT-0000-0000", CLIENT)).toBeNull();
      expect(await viewRequest(ctx.db, keys, staff, "not a reference", CLIENT)).toBeNull();
      expect(await auditEvents(ctx.db, "request.view")).toEqual([]);
    });

    it("serves a card image as the original bytes, audited, and only for its own request", async () => {
      const reference = await submitInsuranceRequest(ctx.db, keys);
      const other = await submitInsuranceRequest(ctx.db, keys);
      const cards = await ctx.db.insuranceCard.findMany({ where: { request: { reference } }, select: { id: true, side: true } });
      const front = cards.find((c) => c.side === "front")!;
      const back = cards.find((c) => c.side === "back")!;

      const image = await cardImage(ctx.db, keys, staff, reference, front.id, CLIENT);
      expect(image?.mediaType).toBe("image/jpeg");
      expect(image?.bytes.equals(JPEG)).toBe(true);
      expect(image?.name).toBe(`${reference}-primary-front.jpg`);
      expect((await cardImage(ctx.db, keys, staff, reference, back.id, CLIENT))?.bytes.equals(PNG)).toBe(true);

      const viewed = await auditEvents(ctx.db, "card.view");
      expect(viewed).toHaveLength(2);
      expect(viewed[0]).toMatchObject({ reference, actorId: staff.id, detail: { cardId: front.id, rank: "primary", side: "front" } });

      // A card id under another request's reference is not served.
      expect(await cardImage(ctx.db, keys, staff, other, front.id, CLIENT)).toBeNull();
      expect(await auditEvents(ctx.db, "card.view")).toHaveLength(2);
    });
  });

  describe("work on a request", () => {
    it("moves a request along the workflow and records who did it", async () => {
      const reference = await submitInsuranceRequest(ctx.db, keys);
      await changeStatus(ctx.db, staff, reference, "new", "in-review", CLIENT);
      await changeStatus(ctx.db, staff, reference, "in-review", "verified", CLIENT);
      expect(await statusOf(reference)).toBe("verified");

      const changes = await auditEvents(ctx.db, "request.status");
      expect(changes.map((c) => c.detail)).toEqual([
        { from: "new", to: "in-review", by: staff.name },
        { from: "in-review", to: "verified", by: staff.name },
      ]);
      expect(changes[0]).toMatchObject({ reference, actorId: staff.id, clientIp: CLIENT.ip });

      const detail = await viewRequest(ctx.db, keys, staff, reference, CLIENT);
      expect(detail?.activity.filter((a) => a.type === "status").map((a) => a.type === "status" && a.to).sort()).toEqual(["in-review", "verified"]);
      expect(detail?.nextStatuses).toEqual(["contacted", "declined"]);
    });

    it("refuses a move the workflow does not allow, changing nothing", async () => {
      const appointment = await submitAppointmentRequest(ctx.db);
      await expect(changeStatus(ctx.db, staff, appointment, "new", "scheduled", CLIENT)).rejects.toThrow(RequestError);
      await changeStatus(ctx.db, staff, appointment, "new", "in-review", CLIENT);
      // "Benefits verified" is a step for insurance requests only.
      await expect(changeStatus(ctx.db, staff, appointment, "in-review", "verified", CLIENT)).rejects.toThrow(RequestError);
      await expect(changeStatus(ctx.db, staff, appointment, "in-review", "no-such-status", CLIENT)).rejects.toThrow(RequestError);
      expect(await statusOf(appointment)).toBe("in-review");
      expect(await auditEvents(ctx.db, "request.status")).toHaveLength(1);
    });

    it("refuses a change based on a status someone else has since changed, overwriting nothing", async () => {
      const reference = await submitAppointmentRequest(ctx.db);
      const colleague = await staffMember(ctx.deps);
      // Both saw "new"; the colleague declines it first.
      await changeStatus(ctx.db, colleague, reference, "new", "declined", CLIENT);
      await expect(changeStatus(ctx.db, staff, reference, "new", "in-review", CLIENT)).rejects.toThrow(/someone else changed/i);
      expect(await statusOf(reference)).toBe("declined");
      expect((await auditEvents(ctx.db, "request.status")).map((c) => c.actorId)).toEqual([colleague.id]);
    });

    it("refuses a status change for a request that does not exist", async () => {
      await expect(changeStatus(ctx.db, staff, "APT-0000-0000", "new", "in-review", CLIENT)).rejects.toThrow(RequestError);
      await expect(changeStatus(ctx.db, staff, "XYZ-0000-0000", "new", "in-review", CLIENT)).rejects.toThrow(RequestError);
    });

    it("stores a note with its author and audits it", async () => {
      const reference = await submitAppointmentRequest(ctx.db);
      await addNote(ctx.db, staff, reference, "  Called back, left a voicemail.  ", CLIENT);

      const notes = await ctx.db.requestNote.findMany({ where: { reference } });
      expect(notes).toEqual([expect.objectContaining({ authorId: staff.id, body: "Called back, left a voicemail." })]);
      const [event] = await auditEvents(ctx.db, "request.note");
      expect(event).toMatchObject({ reference, actorId: staff.id, detail: { noteId: notes[0]!.id } });
      // The note itself stays out of the audit log.
      expect(JSON.stringify(event)).not.toContain("voicemail");

      const detail = await viewRequest(ctx.db, keys, staff, reference, CLIENT);
      expect(detail?.activity).toEqual([expect.objectContaining({ type: "note", by: staff.name, body: "Called back, left a voicemail." })]);
    });

    it("refuses an empty note and a note on a request that does not exist", async () => {
      const reference = await submitAppointmentRequest(ctx.db);
      await expect(addNote(ctx.db, staff, reference, "   ", CLIENT)).rejects.toThrow(RequestError);
      await expect(addNote(ctx.db, staff, "APT-0000-0000", "Hello", CLIENT)).rejects.toThrow(RequestError);
      expect(await ctx.db.requestNote.count()).toBe(0);
      expect(await auditEvents(ctx.db, "request.note")).toEqual([]);
    });

    it("resends an email as a new pending copy, keeping the original's history, and audits it", async () => {
      const reference = await submitAppointmentRequest(ctx.db);
      const original = await ctx.db.outboxEmail.findFirstOrThrow({ where: { reference, template: "appointment-patient" } });
      const sentAt = at("2026-11-23T18:05:00Z");
      await ctx.db.outboxEmail.update({ where: { id: original.id }, data: { status: "sent", attempts: 1, sentAt } });

      await resendEmail(ctx.db, staff, reference, original.id, CLIENT);
      const emails = await ctx.db.outboxEmail.findMany({ where: { reference, template: "appointment-patient" } });
      expect(emails).toHaveLength(2);
      const copy = emails.find((e) => e.id !== original.id)!;
      expect(copy).toMatchObject({ recipient: original.recipient, status: "pending", attempts: 0, sentAt: null });
      expect(emails.find((e) => e.id === original.id)).toMatchObject({ status: "sent", sentAt });

      const [event] = await auditEvents(ctx.db, "email.resend");
      expect(event).toMatchObject({ reference, actorId: staff.id, detail: { template: "appointment-patient", emailId: copy.id } });
    });

    it("does not resend an email that belongs to another request", async () => {
      const reference = await submitAppointmentRequest(ctx.db);
      const other = await submitAppointmentRequest(ctx.db);
      const email = await ctx.db.outboxEmail.findFirstOrThrow({ where: { reference: other } });
      const before = await ctx.db.outboxEmail.count();
      await expect(resendEmail(ctx.db, staff, reference, email.id, CLIENT)).rejects.toThrow(RequestError);
      expect(await ctx.db.outboxEmail.count()).toBe(before);
    });
  });

  describe("roles, checked by the data layer itself", () => {
    it("refuses account management to front-desk staff", async () => {
      const colleague = await staffMember(ctx.deps);
      await expect(updateStaffAccount(ctx.db, staff, colleague.id, { role: "admin" }, CLIENT)).rejects.toThrow(ForbiddenError);
      await expect(updateStaffAccount(ctx.db, staff, colleague.id, { active: false }, CLIENT)).rejects.toThrow(ForbiddenError);
      await expect(updateStaffAccount(ctx.db, staff, staff.id, { role: "admin" }, CLIENT)).rejects.toThrow(ForbiddenError);
      await expect(
        createStaffAccount(ctx.db, { email: "sneaky@cedarlane.example.test", name: "Sneaky", role: "admin" }, { kind: "staff", staff, client: CLIENT }),
      ).rejects.toThrow(ForbiddenError);
      await expect(resetStaffAccount(ctx.db, colleague.id, { kind: "staff", staff, client: CLIENT })).rejects.toThrow(ForbiddenError);

      expect(await ctx.db.staffUser.findUniqueOrThrow({ where: { id: colleague.id } })).toMatchObject({ role: "front-desk", active: true });
      expect(await ctx.db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ role: "front-desk" });
      expect(await ctx.db.staffUser.findUnique({ where: { email: "sneaky@cedarlane.example.test" } })).toBeNull();
      expect(await ctx.db.auditEvent.count({ where: { action: { in: ["account.update", "account.create", "account.setup-link"] }, actorId: staff.id } })).toBe(0);
    });

    it("lets an admin manage accounts", async () => {
      const admin = await staffMember(ctx.deps, "admin");
      await updateStaffAccount(ctx.db, admin, staff.id, { role: "admin" }, CLIENT);
      expect(await ctx.db.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ role: "admin" });
      const created = await createStaffAccount(ctx.db, { email: "new.hire@cedarlane.example.test", name: "New Hire", role: "front-desk" }, { kind: "staff", staff: admin, client: CLIENT });
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await auditEvents(ctx.db, "account.create")).toContainEqual(expect.objectContaining({ actorId: admin.id, detail: { userId: created.userId, role: "front-desk" } }));
    });
  });

  it("keeps the audit log append-only: rows can be neither changed nor deleted", async () => {
    const reference = await submitAppointmentRequest(ctx.db);
    await viewRequest(ctx.db, keys, staff, reference, CLIENT);
    const [event] = await auditEvents(ctx.db, "request.view");
    const rows = await ctx.db.auditEvent.count();

    // (The SQLite driver adapter reports the trigger's abort under a misleading message, so only the refusal is checked.)
    await expect(ctx.db.auditEvent.update({ where: { id: event!.id }, data: { actorEmail: "someone.else@cedarlane.example.test" } })).rejects.toThrow();
    // (The SQLite driver adapter reports the trigger's abort under a misleading message, so only the refusal is checked.)
    await expect(ctx.db.auditEvent.updateMany({ data: { clientIp: null } })).rejects.toThrow();
    await expect(ctx.db.auditEvent.deleteMany({ where: { id: event!.id } })).rejects.toThrow();
    await expect(ctx.db.auditEvent.deleteMany()).rejects.toThrow();

    expect(await ctx.db.auditEvent.count()).toBe(rows);
    expect(await ctx.db.auditEvent.findUniqueOrThrow({ where: { id: event!.id } })).toMatchObject({ actorEmail: staff.email, clientIp: CLIENT.ip });
  });
});
