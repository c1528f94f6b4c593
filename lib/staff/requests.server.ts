import "server-only";
import { TZDate } from "@date-fns/tz";
import { clinic } from "@/lib/clinic";
import type { Db } from "@/lib/db/client.server";
import { decryptBytes, decryptText, type KeyRing } from "@/lib/security/encryption.server";
import { encryptionContext } from "@/lib/submissions/insurance.server";
import { audit } from "./audit.server";
import type { Client } from "./client.server";
import { PAGE_SIZE, cursorOf, keysetWhere, referenceCandidates, type Filters } from "./filters";
import { assertRole, type Staff } from "./session.server";
import { KINDS, STATUSES, kindOfReference, nextStatuses, type Kind, type Status } from "./workflow";

export type RequestRow = {
  id: string;
  kind: Kind;
  reference: string;
  status: string;
  createdAt: Date;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  treatment: string;
};

const rowFields = {
  id: true,
  reference: true,
  status: true,
  createdAt: true,
  firstName: true,
  lastName: true,
  phone: true,
  email: true,
  treatment: true,
} as const;

/** Start of `from` up to the end of `to`, both days in the clinic's time zone. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  const start = (day: string, plusDays = 0) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d + plusDays, clinic.timeZone).getTime());
  };
  return { ...(from ? { gte: start(from) } : {}), ...(to ? { lt: start(to, 1) } : {}) };
}

function whereOf(filters: Filters, { withStatus = true, withCursor = true } = {}) {
  const range = dayRange(filters.from, filters.to);
  const refs = filters.ref ? referenceCandidates(filters.ref) : undefined;
  return {
    ...(withStatus && filters.status !== "all" ? { status: filters.status } : {}),
    ...(refs ? { reference: { in: refs } } : {}),
    ...keysetWhere(withCursor ? filters.before : undefined, range),
  };
}

const kindsOf = (filters: Filters): readonly Kind[] => (filters.kind === "all" ? KINDS : [filters.kind]);

function table(db: Db, kind: Kind) {
  // Both tables share the columns the list reads; one delegate type serves both.
  return (kind === "appointment" ? db.appointmentRequest : db.insuranceRequest) as unknown as typeof db.appointmentRequest;
}

/**
 * One page of requests of both kinds, newest first. Each table is read with an index-backed
 * keyset query (createdAt, id) for at most one page, and the two are merged, so a page costs
 * the same with 100 or 100,000 rows.
 */
export async function listRequests(db: Db, staff: Staff, filters: Filters, pageSize = PAGE_SIZE): Promise<{ rows: RequestRow[]; next?: string }> {
  assertRole(staff, "front-desk");
  const where = whereOf(filters);
  const perKind = await Promise.all(
    kindsOf(filters).map(async (kind) =>
      (
        await table(db, kind).findMany({
          where,
          select: rowFields,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: pageSize + 1,
        })
      ).map((row) => ({ ...row, kind })),
    ),
  );
  const merged = perKind
    .flat()
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const rows = merged.slice(0, pageSize);
  const last = rows.at(-1);
  return { rows, next: merged.length > pageSize && last ? cursorOf(last) : undefined };
}

/** How many requests match the filters (ignoring the status filter and the page), per status. */
export async function countByStatus(db: Db, staff: Staff, filters: Filters): Promise<Record<Status, number> & { all: number }> {
  assertRole(staff, "front-desk");
  const where = whereOf(filters, { withStatus: false, withCursor: false });
  const counts = Object.fromEntries([...STATUSES, "all"].map((s) => [s, 0])) as Record<Status | "all", number>;
  const perKind = await Promise.all(kindsOf(filters).map((kind) => table(db, kind).groupBy({ by: ["status"], where, _count: { _all: true } })));
  for (const groups of perKind) {
    for (const group of groups) {
      if (group.status in counts) counts[group.status as Status] += group._count._all;
      counts.all += group._count._all;
    }
  }
  return counts;
}

/** Every request matching the filters, newest first, in batches (for the CSV export). */
export async function* allRequests(db: Db, staff: Staff, filters: Filters, batchSize = 1000): AsyncGenerator<RequestRow[]> {
  let page: Filters = { ...filters, before: undefined };
  for (;;) {
    const { rows, next } = await listRequests(db, staff, page, batchSize);
    if (rows.length > 0) yield rows;
    if (!next) return;
    const last = rows.at(-1)!;
    page = { ...page, before: { createdAt: last.createdAt, id: last.id } };
  }
}

export type Coverage = {
  rank: string;
  carrier: string;
  carrierName: string;
  planType: string;
  relationship: string;
  memberId: string;
  groupNumber: string | null;
  policyholder: { name: string; dateOfBirth: string } | null;
};

export type CardSummary = { id: string; rank: string; side: string; mediaType: string; byteSize: number };

export type EmailRow = {
  id: string;
  template: string;
  toPatient: boolean;
  status: string;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

export type Activity =
  | { type: "note"; at: Date; by: string; body: string }
  | { type: "status"; at: Date; by: string; from: string; to: string };

type Common = {
  id: string;
  reference: string;
  status: string;
  createdAt: Date;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  treatment: string;
  emails: EmailRow[];
  activity: Activity[];
  nextStatuses: readonly Status[];
};

export type RequestDetail =
  | (Common & {
      kind: "appointment";
      preferredContact: string;
      availableDays: string[];
      availableTimes: string[];
      patientStatus: string;
      referringClinician: string | null;
      note: string | null;
      consentToContactAt: Date;
    })
  | (Common & { kind: "insurance"; coverageType: string; consentToVerifyAt: Date | null; coverages: Coverage[]; cards: CardSummary[] });

/**
 * A request with every field decrypted, its emails and its history. Writes a "request.view"
 * audit event: every time patient data is shown, the log says who saw it.
 */
export async function viewRequest(db: Db, keys: KeyRing, staff: Staff, reference: string, client: Client): Promise<RequestDetail | null> {
  assertRole(staff, "front-desk");
  const kind = kindOfReference(reference);
  if (!kind) return null;

  const base =
    kind === "appointment"
      ? await db.appointmentRequest.findUnique({ where: { reference } })
      : await db.insuranceRequest.findUnique({ where: { reference }, include: { coverages: true, cards: { omit: { content: true } } } });
  if (!base) return null;
  await audit(db, { action: "request.view", actor: staff, reference, client });

  const [emails, activity] = await Promise.all([emailsOf(db, reference, base.email), activityOf(db, reference)]);
  const common = { emails, activity, nextStatuses: nextStatuses(kind, base.status) };

  if (kind === "appointment") {
    const a = base as Awaited<ReturnType<typeof db.appointmentRequest.findUniqueOrThrow>>;
    const { idempotencyKey: _key, ...fields } = a;
    return { ...fields, ...common, kind, availableDays: split(a.availableDays), availableTimes: split(a.availableTimes) };
  }
  const i = base as Awaited<ReturnType<typeof db.insuranceRequest.findUniqueOrThrow>> & {
    coverages: Awaited<ReturnType<typeof db.insuranceCoverage.findMany>>;
    cards: CardSummary[];
  };
  const open = (rank: string, what: string, sealed: string) => decryptText(keys, sealed, encryptionContext(reference, rank, what));
  const { idempotencyKey: _key, coverages, cards, ...fields } = i;
  return {
    ...fields,
    ...common,
    kind,
    coverages: coverages
      .sort((a, b) => a.rank.localeCompare(b.rank))
      .map((c) => ({
        rank: c.rank,
        carrier: c.carrier,
        carrierName: c.carrierName,
        planType: c.planType,
        relationship: c.relationship,
        memberId: open(c.rank, "memberId", c.memberId),
        groupNumber: c.groupNumber ? open(c.rank, "groupNumber", c.groupNumber) : null,
        policyholder: c.policyholder ? (JSON.parse(open(c.rank, "policyholder", c.policyholder)) as Coverage["policyholder"]) : null,
      })),
    cards: cards.map(({ id, rank, side, mediaType, byteSize }) => ({ id, rank, side, mediaType, byteSize })),
  };
}

const split = (list: string) => (list ? list.split(",") : []);

async function emailsOf(db: Db, reference: string, patientEmail: string): Promise<EmailRow[]> {
  const rows = await db.outboxEmail.findMany({ where: { reference }, orderBy: { createdAt: "asc" } });
  return rows.map(({ id, template, recipient, status, attempts, createdAt, sentAt, nextAttemptAt, lastError }) => ({
    id,
    template,
    toPatient: recipient === patientEmail,
    status,
    attempts,
    createdAt,
    sentAt,
    nextAttemptAt,
    lastError,
  }));
}

async function activityOf(db: Db, reference: string): Promise<Activity[]> {
  const [notes, changes] = await Promise.all([
    db.requestNote.findMany({ where: { reference }, include: { author: { select: { name: true } } } }),
    db.auditEvent.findMany({ where: { reference, action: "request.status" } }),
  ]);
  const noteItems: Activity[] = notes.map((n) => ({ type: "note", at: n.createdAt, by: n.author.name, body: n.body }));
  const statusItems: Activity[] = changes.map((c) => {
    const detail = JSON.parse(c.detail ?? "{}") as { from?: string; to?: string; by?: string };
    return { type: "status", at: c.createdAt, by: detail.by ?? c.actorEmail ?? "", from: detail.from ?? "", to: detail.to ?? "" };
  });
  return [...noteItems, ...statusItems].sort((a, b) => b.at.getTime() - a.at.getTime());
}

export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequestError";
  }
}

/**
 * Moves a request to the next status. `from` is the status the person saw: if someone else
 * changed it in the meantime, nothing is overwritten and they are told.
 */
export async function changeStatus(db: Db, staff: Staff, reference: string, from: string, to: string, client: Client): Promise<void> {
  assertRole(staff, "front-desk");
  const kind = kindOfReference(reference);
  if (!kind) throw new RequestError("There is no such request.");
  if (!nextStatuses(kind, from).includes(to as Status)) throw new RequestError("That status change is not allowed.");
  const { count } = await table(db, kind).updateMany({ where: { reference, status: from }, data: { status: to } });
  if (count === 0) throw new RequestError("Someone else changed this request's status just now. The page shows its current status.");
  await audit(db, { action: "request.status", actor: staff, reference, detail: { from, to, by: staff.name }, client });
}

export const NOTE_MAX_LENGTH = 2000;

export async function addNote(db: Db, staff: Staff, reference: string, body: string, client: Client): Promise<void> {
  assertRole(staff, "front-desk");
  const text = body.trim();
  if (!text) throw new RequestError("Write a note first.");
  if (text.length > NOTE_MAX_LENGTH) throw new RequestError(`A note can be at most ${NOTE_MAX_LENGTH} characters.`);
  const kind = kindOfReference(reference);
  const exists = kind && (await table(db, kind).findUnique({ where: { reference }, select: { id: true } }));
  if (!exists) throw new RequestError("There is no such request.");
  const note = await db.requestNote.create({ data: { reference, authorId: staff.id, body: text } });
  await audit(db, { action: "request.note", actor: staff, reference, detail: { noteId: note.id }, client });
}

/** Queues one of a request's emails again (a copy, so the original's history stays). */
export async function resendEmail(db: Db, staff: Staff, reference: string, emailId: string, client: Client): Promise<void> {
  assertRole(staff, "front-desk");
  const original = await db.outboxEmail.findFirst({ where: { id: emailId, reference } });
  if (!original) throw new RequestError("There is no such email.");
  const copy = await db.outboxEmail.create({ data: { template: original.template, reference, recipient: original.recipient } });
  await audit(db, { action: "email.resend", actor: staff, reference, detail: { template: original.template, emailId: copy.id }, client });
}

/** One card image, decrypted; audited as a "card.view". */
export async function cardImage(
  db: Db,
  keys: KeyRing,
  staff: Staff,
  reference: string,
  cardId: string,
  client: Client,
): Promise<{ mediaType: string; bytes: Buffer; name: string } | null> {
  assertRole(staff, "front-desk");
  const card = await db.insuranceCard.findFirst({ where: { id: cardId, request: { reference } } });
  if (!card) return null;
  const bytes = decryptBytes(keys, card.content, encryptionContext(reference, card.rank, `card-${card.side}`));
  await audit(db, { action: "card.view", actor: staff, reference, detail: { cardId, rank: card.rank, side: card.side }, client });
  return { mediaType: card.mediaType, bytes, name: `${reference}-${card.rank}-${card.side}.${extensionOf(card.mediaType)}` };
}

function extensionOf(mediaType: string): string {
  return { "image/jpeg": "jpg", "image/png": "png", "image/heic": "heic", "image/heif": "heif", "application/pdf": "pdf" }[mediaType] ?? "bin";
}
