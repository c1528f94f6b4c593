import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton } from "@/components/layout/styles";
import { inputClass, labelClass, tableClass } from "@/components/staff/styles";
import { db } from "@/lib/db/client.server";
import { AUDIT_ACTIONS } from "@/lib/staff/audit.server";
import { isAuditAction, readAuditLog } from "@/lib/staff/audit-log.server";
import { cursorOf, parseCursor } from "@/lib/staff/filters";
import { formatDateTime } from "@/lib/staff/format";
import { requireStaff } from "@/lib/staff/guard.server";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() ? value.trim().slice(0, 254) : undefined);

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff("admin", "/staff/audit");
  const params = await searchParams;
  const action = isAuditAction(params.action) ? params.action : undefined;
  const reference = one(params.reference)?.toUpperCase();
  const actor = one(params.actor)?.toLowerCase();
  const before = parseCursor(params.before);
  const { rows, more } = await readAuditLog(await db(), staff, { action, reference, actor, before });
  const query = new URLSearchParams(Object.entries({ action, reference, actor }).filter((e): e is [string, string] => Boolean(e[1])));
  const last = rows.at(-1);

  return (
    <div>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-2 text-ink-muted">Every sign-in, view of patient data, export and change, newest first. Entries cannot be changed or deleted.</p>
      <form method="get" className="mt-4 grid gap-4 rounded-md border border-line bg-surface p-4 sm:grid-cols-4">
        <div>
          <label htmlFor="action" className={labelClass}>
            Action
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className={inputClass}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="reference" className={labelClass}>
            Reference
          </label>
          <input id="reference" name="reference" defaultValue={reference} className={inputClass} />
        </div>
        <div>
          <label htmlFor="actor" className={labelClass}>
            Staff email
          </label>
          <input id="actor" name="actor" type="email" defaultValue={actor} className={inputClass} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={primaryButton}>
            Show
          </button>
          <Link href="/staff/audit">Clear</Link>
        </div>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Who</th>
              <th scope="col">Reference</th>
              <th scope="col">Details</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                <td className="font-mono">{row.action}</td>
                <td>{row.actorEmail ?? "system"}</td>
                <td className="font-mono">{row.reference ? <Link href={`/staff/submissions/${row.reference}`}>{row.reference}</Link> : ""}</td>
                <td className="font-mono text-xs break-all">{row.detail ?? ""}</td>
                <td className="text-xs">{row.clientIp ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-6 flex gap-6">
        {before ? <Link href={`/staff/audit?${query}`}>Newest</Link> : null}
        {more && last ? <Link href={`/staff/audit?${new URLSearchParams([...query, ["before", cursorOf(last)]])}`}>Older entries</Link> : null}
      </nav>
    </div>
  );
}
