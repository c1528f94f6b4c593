import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton } from "@/components/layout/styles";
import { PersonName } from "@/components/staff/PersonName";
import { inputClass, labelClass, noticeClass, secondaryButton, tableClass } from "@/components/staff/styles";
import { clinic } from "@/lib/clinic";
import { db } from "@/lib/db/client.server";
import { filtersQuery, parseFilters, referenceCandidates, type Filters } from "@/lib/staff/filters";
import { formatDateTime, statusLabel, treatmentName } from "@/lib/staff/format";
import { requireStaff } from "@/lib/staff/guard.server";
import { countByStatus, listRequests } from "@/lib/staff/requests.server";
import { KINDS, KIND_LABELS, STATUSES, STATUS_LABELS } from "@/lib/staff/workflow";

export const metadata: Metadata = { title: "Requests" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const staff = await requireStaff("front-desk", "/staff");
  const params = await searchParams;
  const filters = parseFilters(params);
  const database = await db();
  const [{ rows, next }, counts] = await Promise.all([listRequests(database, staff, filters), countByStatus(database, staff, filters)]);
  const badReference = filters.ref !== undefined && referenceCandidates(filters.ref).length === 0;
  const withStatus = (status: Filters["status"]) => `/staff${filtersQuery({ ...filters, status })}`;

  return (
    <div>
      <h1 className="text-2xl font-bold">Requests</h1>
      {params.welcome ? (
        <p role="status" className={`mt-4 ${noticeClass}`}>
          Your account is set up and you are signed in.
        </p>
      ) : null}

      <nav aria-label="Requests by status" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {(["all", ...STATUSES] as const).map((status) => (
            <li key={status}>
              <Link
                href={withStatus(status)}
                aria-current={filters.status === status ? "page" : undefined}
                className={`${secondaryButton} aria-[current=page]:border-brand aria-[current=page]:bg-mist`}
              >
                {status === "all" ? "All" : STATUS_LABELS[status]} <span className="font-normal">({counts[status].toLocaleString("en-US")})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/staff" className="mt-6 grid gap-4 rounded-md border border-line bg-surface p-4 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <label htmlFor="ref" className={labelClass}>
            Reference
          </label>
          <input id="ref" name="ref" defaultValue={filters.ref} placeholder="APT-7KQ2-M9XD" className={inputClass} />
        </div>
        <div>
          <label htmlFor="kind" className={labelClass}>
            Kind
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind} className={inputClass}>
            <option value="all">All kinds</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className={labelClass}>
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status} className={inputClass}>
            <option value="all">All statuses</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className={labelClass}>
            Received from
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className={labelClass}>
            Received to
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={inputClass} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={primaryButton}>
            Show
          </button>
          <Link href="/staff">Clear</Link>
        </div>
      </form>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-ink-muted">
          Newest first. Times are {clinic.timeZoneLabel}.
        </p>
        <a href={`/staff/export${filtersQuery(filters)}`} className={secondaryButton} download>
          Export these to CSV
        </a>
      </div>

      {badReference ? (
        <p role="status" className={`mt-4 ${noticeClass}`}>
          &ldquo;{filters.ref}&rdquo; is not a reference number. They look like APT-7KQ2-M9XD or INS-7KQ2-M9XD.
        </p>
      ) : null}

      {rows.length === 0 ? (
        <p className="mt-6">No requests match these filters.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">Requests, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Reference</th>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Treatment</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.reference}>
                  <td className="whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                  <td className="whitespace-nowrap font-mono">
                    <Link href={`/staff/submissions/${row.reference}`}>{row.reference}</Link>
                  </td>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td>
                    <PersonName firstName={row.firstName} lastName={row.lastName} />
                  </td>
                  <td>{treatmentName(row.treatment)}</td>
                  <td>{statusLabel(row.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Pages" className="mt-6 flex gap-6">
        {filters.before ? <Link href={`/staff${filtersQuery(filters)}`}>Newest</Link> : null}
        {next ? <Link href={`/staff${filtersQuery(filters, { before: next })}`}>Older requests</Link> : null}
      </nav>
    </div>
  );
}

