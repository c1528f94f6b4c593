import "server-only";
import { stringify } from "csv-stringify/sync";
import { clinic } from "@/lib/clinic";
import type { Db } from "@/lib/db/client.server";
import { audit } from "./audit.server";
import type { Client } from "./client.server";
import type { Filters } from "./filters";
import { formatSortable, statusLabel, treatmentName } from "./format";
import { allRequests, countByStatus, type RequestRow } from "./requests.server";
import type { Staff } from "./session.server";
import { KIND_LABELS } from "./workflow";

const COLUMNS = ["Reference", "Kind", "Status", `Received (${clinic.timeZoneLabel})`, "First name", "Last name", "Phone", "Email", "Treatment"];

function record(row: RequestRow): string[] {
  return [
    row.reference,
    KIND_LABELS[row.kind],
    statusLabel(row.status),
    formatSortable(row.createdAt),
    row.firstName,
    row.lastName,
    row.phone,
    row.email,
    treatmentName(row.treatment),
  ];
}

/**
 * The filtered list as CSV, streamed in batches. Cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) get a leading apostrophe. The
 * export is audited before the first byte leaves, with the filters and the row count.
 */
export async function exportCsv(db: Db, staff: Staff, filters: Filters, client: Client): Promise<{ rows: number; body: ReadableStream<Uint8Array> }> {
  const counts = await countByStatus(db, staff, filters);
  const rows = filters.status === "all" ? counts.all : counts[filters.status];
  const { before: _ignored, ...shown } = filters;
  await audit(db, {
    action: "export",
    actor: staff,
    detail: { rows, kind: shown.kind, status: shown.status, from: shown.from ?? null, to: shown.to ?? null, ref: shown.ref ?? null },
    client,
  });

  const encoder = new TextEncoder();
  const batches = allRequests(db, staff, { ...filters, before: undefined });
  const options = { escape_formulas: true, record_delimiter: "\r\n" } as const;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark, so spreadsheet programs read accented names as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${stringify([COLUMNS], options)}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(stringify(next.value.map(record), options)));
    },
  });
  return { rows, body };
}
