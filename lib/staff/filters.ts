/** The inbox's filters, read from the URL (list page and CSV export share them). */
import { z } from "zod";
import { KINDS, STATUSES, type Kind, type Status } from "./workflow";

export const PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

/** A position in a newest-first list: the time and id of the last row shown ("<ms>_<uuid>"). */
export type Cursor = { createdAt: Date; id: string };

const cursor = z
  .string()
  .max(80)
  .regex(/^\d{13}_[0-9a-f-]{36}$/)
  .transform((v): Cursor => {
    const [ms, id] = v.split("_") as [string, string];
    return { createdAt: new Date(Number(ms)), id };
  });

export const parseCursor = (value: unknown): Cursor | undefined => cursor.optional().catch(undefined).parse(value);

export const cursorOf = (row: Cursor) => `${row.createdAt.getTime()}_${row.id}`;

/**
 * The rows after `before` in (createdAt, id) descending order, within `range`. The `lte`
 * bound lets the database walk its createdAt index from the cursor; the OR only settles
 * ties on the cursor's own timestamp.
 */
export function keysetWhere(before?: Cursor, range?: { gte?: Date; lt?: Date }) {
  if (!before) return range ? { createdAt: range } : {};
  return {
    createdAt: { ...range, lte: before.createdAt },
    OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }],
  };
}

/** Unparseable values fall back to "no filter": a hand-edited URL never breaks the page. */
const schema = z.object({
  kind: z.enum(["all", ...KINDS]).catch("all"),
  status: z.enum(["all", ...STATUSES]).catch("all"),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  ref: z.string().max(40).optional().catch(undefined),
  before: cursor.optional().catch(undefined),
});

export type Filters = {
  kind: Kind | "all";
  status: Status | "all";
  from?: string;
  to?: string;
  ref?: string;
  before?: Cursor;
};

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseFilters(params: SearchParams): Filters {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.parse(entries);
  const ref = parsed.ref?.trim() ? parsed.ref.trim() : undefined;
  return { ...parsed, ref };
}

/** The query string for `filters`, without the page position unless given. */
export function filtersQuery(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.kind !== "all") params.set("kind", filters.kind);
  if (filters.status !== "all") params.set("status", filters.status);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.ref) params.set("ref", filters.ref);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * What a person typed as a reference ("apt 7kq2-m9xd", "7KQ2M9XD") as the references it can
 * be: with a prefix, one; without, one per kind. Empty when it cannot be a reference.
 */
export function referenceCandidates(input: string): string[] {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const match = /^(APT|INS)?([0-9A-Z]{8})$/.exec(compact);
  if (!match) return [];
  const body = `${match[2]!.slice(0, 4)}-${match[2]!.slice(4)}`;
  return match[1] ? [`${match[1]}-${body}`] : [`APT-${body}`, `INS-${body}`];
}
