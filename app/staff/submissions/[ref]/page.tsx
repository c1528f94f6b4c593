import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { primaryButton } from "@/components/layout/styles";
import { PersonName } from "@/components/staff/PersonName";
import { inputClass, labelClass, noticeClass, problemClass, secondaryButton, tableClass } from "@/components/staff/styles";
import { DAY_LABELS, clinic } from "@/lib/clinic";
import { db } from "@/lib/db/client.server";
import { keyRing } from "@/lib/security/encryption.server";
import { formatDateTime, statusLabel, treatmentName } from "@/lib/staff/format";
import { requestClient, requireStaff } from "@/lib/staff/guard.server";
import { NOTE_MAX_LENGTH, viewRequest, type RequestDetail } from "@/lib/staff/requests.server";
import { KIND_LABELS, STATUS_LABELS, kindOfReference } from "@/lib/staff/workflow";
import { CONTACT_METHODS, PATIENT_STATUSES } from "@/lib/validation/appointment";
import { COVERAGE_TYPES, PLAN_TYPES, RELATIONSHIPS } from "@/lib/validation/insurance";
import { resend, saveNote, updateStatus } from "./actions";

export const metadata: Metadata = { title: "Request" };

type Props = { params: Promise<{ ref: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  status: "Status changed.",
  note: "Note added.",
  resent: "The email is queued and will be sent in a moment.",
};

const labelOf = (list: readonly { id: string; label: string }[], id: string) => list.find((item) => item.id === id)?.label ?? id;
const TEMPLATE_LABELS: Record<string, string> = {
  "appointment-staff": "New-request notice to staff",
  "appointment-patient": "Confirmation to the patient",
  "insurance-staff": "New-request notice to staff",
  "insurance-patient": "Confirmation to the patient",
};

export default async function RequestPage({ params, searchParams }: Props) {
  const { ref } = await params;
  const staff = await requireStaff("front-desk", `/staff/submissions/${encodeURIComponent(ref)}`);
  if (!kindOfReference(ref)) notFound();
  const request = await viewRequest(await db(), keyRing(), staff, ref, await requestClient());
  if (!request) notFound();
  const query = await searchParams;
  const notice = typeof query.notice === "string" ? NOTICES[query.notice] : undefined;
  const problem = typeof query.problem === "string" ? query.problem.slice(0, 200) : undefined;

  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href="/staff">All requests</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">
          {KIND_LABELS[request.kind]} <span className="font-mono">{request.reference}</span>
        </h1>
        <p className="mt-1 text-ink-muted">
          Received {formatDateTime(request.createdAt)} · Status: <strong className="text-ink">{statusLabel(request.status)}</strong>
        </p>
        <div aria-live="polite">
          {notice ? <p className={`mt-4 ${noticeClass}`}>{notice}</p> : null}
          {problem ? <p className={`mt-4 ${problemClass}`}>{problem}</p> : null}
        </div>
      </div>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="text-xl font-bold">
          Status
        </h2>
        {request.nextStatuses.length > 0 ? (
          <form action={updateStatus} className="mt-2 flex flex-wrap items-center gap-3">
            <input type="hidden" name="reference" value={request.reference} />
            <input type="hidden" name="from" value={request.status} />
            <span>Move to:</span>
            {request.nextStatuses.map((to) => (
              <button key={to} type="submit" name="to" value={to} className={secondaryButton}>
                {STATUS_LABELS[to]}
              </button>
            ))}
          </form>
        ) : null}
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-xl font-bold">
          Details
        </h2>
        <Details request={request} />
      </section>

      {request.kind === "insurance" ? <Insurance request={request} /> : null}

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading" className="text-xl font-bold">
          Notes and history
        </h2>
        <form action={saveNote} className="mt-2 max-w-2xl space-y-2">
          <input type="hidden" name="reference" value={request.reference} />
          <label htmlFor="note" className={labelClass}>
            Add a note for the team
          </label>
          <textarea id="note" name="note" rows={3} maxLength={NOTE_MAX_LENGTH} required className={inputClass} />
          <button type="submit" className={primaryButton}>
            Add note
          </button>
        </form>
        {request.activity.length === 0 ? (
          <p className="mt-4">No notes or status changes yet.</p>
        ) : (
          <ol className="mt-4 space-y-3">
            {request.activity.map((item, index) => (
              <li key={index} className="rounded-md border border-line bg-surface px-4 py-3">
                <p className="text-sm text-ink-muted">
                  {formatDateTime(item.at)} · <bdi>{item.by}</bdi>
                </p>
                {item.type === "note" ? (
                  <p dir="auto" className="whitespace-pre-wrap">
                    {item.body}
                  </p>
                ) : (
                  <p>
                    Status changed from {statusLabel(item.from)} to <strong>{statusLabel(item.to)}</strong>
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading" className="text-xl font-bold">
          Emails
        </h2>
        <div className="overflow-x-auto">
          <table className={`mt-2 ${tableClass}`}>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Delivery</th>
                <th scope="col">Attempts</th>
                <th scope="col">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {request.emails.map((email) => (
                <tr key={email.id}>
                  <td>{TEMPLATE_LABELS[email.template] ?? email.template}</td>
                  <td>
                    {email.status === "sent" && email.sentAt
                      ? `Sent ${formatDateTime(email.sentAt)}`
                      : email.status === "failed"
                        ? `Failed${email.lastError ? ` (${email.lastError})` : ""}`
                        : `Pending, next try ${formatDateTime(email.nextAttemptAt)}${email.lastError ? ` (last error: ${email.lastError})` : ""}`}
                  </td>
                  <td>{email.attempts}</td>
                  <td>
                    <form action={resend}>
                      <input type="hidden" name="reference" value={request.reference} />
                      <input type="hidden" name="emailId" value={email.id} />
                      <button type="submit" className={secondaryButton}>
                        Resend<span className="sr-only"> ({TEMPLATE_LABELS[email.template] ?? email.template})</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

function Fields({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function Details({ request }: { request: RequestDetail }) {
  const common: [string, ReactNode][] = [
    ["Name", <PersonName key="name" firstName={request.firstName} lastName={request.lastName} />],
    ["Date of birth", request.dateOfBirth],
    ["Phone", <a key="phone" href={`tel:${request.phone.replace(/[^0-9+]/g, "")}`}>{request.phone}</a>],
    ["Email", <a key="email" href={`mailto:${request.email}`}>{request.email}</a>],
    ["Treatment", treatmentName(request.treatment)],
  ];
  if (request.kind === "insurance") {
    return <Fields items={[...common, ["Coverage", labelOf(COVERAGE_TYPES, request.coverageType)]]} />;
  }
  const windows = request.availableTimes.map((id) => clinic.contactWindows.find((w) => w.id === id)?.label ?? id);
  return (
    <Fields
      items={[
        ...common,
        ["New or returning", labelOf(PATIENT_STATUSES, request.patientStatus)],
        ["Contact by", labelOf(CONTACT_METHODS, request.preferredContact)],
        ["Good days", request.availableDays.map((d) => DAY_LABELS[d as keyof typeof DAY_LABELS] ?? d).join(", ")],
        ["Good times", windows.join("; ")],
        ["Referring clinician", request.referringClinician ? <bdi>{request.referringClinician}</bdi> : null],
        [
          "Note from the patient",
          request.note ? (
            <p dir="auto" className="whitespace-pre-wrap">
              {request.note}
            </p>
          ) : null,
        ],
        ["Agreed to be contacted", formatDateTime(request.consentToContactAt)],
      ]}
    />
  );
}

function Insurance({ request }: { request: Extract<RequestDetail, { kind: "insurance" }> }) {
  return (
    <section aria-labelledby="insurance-heading">
      <h2 id="insurance-heading" className="text-xl font-bold">
        Insurance
      </h2>
      {request.coverages.length === 0 ? <p className="mt-2">Self-pay: no insurance details.</p> : null}
      {request.coverages.map((c) => (
        <div key={c.rank} className="mt-4">
          <h3 className="text-lg font-bold capitalize">{c.rank} plan</h3>
          <Fields
            items={[
              ["Carrier", <bdi key="carrier">{c.carrierName}</bdi>],
              ["Plan type", labelOf(PLAN_TYPES, c.planType)],
              ["Member ID", <span key="member" className="font-mono">{c.memberId}</span>],
              ["Group number", c.groupNumber],
              ["Policyholder", labelOf(RELATIONSHIPS, c.relationship)],
              ...(c.policyholder
                ? ([
                    ["Policyholder's name", <bdi key="policyholder">{c.policyholder.name}</bdi>],
                    ["Policyholder's date of birth", c.policyholder.dateOfBirth],
                  ] as [string, ReactNode][])
                : []),
            ]}
          />
          <ul className="mt-3 flex flex-wrap gap-6">
            {request.cards
              .filter((card) => card.rank === c.rank)
              .map((card) => {
                const href = `/staff/submissions/${request.reference}/cards/${card.id}`;
                const label = `${c.rank} card, ${card.side}`;
                return (
                  <li key={card.id}>
                    {card.mediaType === "image/jpeg" || card.mediaType === "image/png" ? (
                      <a href={href} target="_blank" rel="noopener">
                        {/* eslint-disable-next-line @next/next/no-img-element -- served by an authenticated, uncached route */}
                        <img src={href} alt={`Insurance ${label}`} className="max-h-48 rounded border border-line" />
                      </a>
                    ) : (
                      <a href={`${href}?download=1`} className={secondaryButton}>
                        Download {label} ({card.mediaType === "application/pdf" ? "PDF" : "HEIC"})
                      </a>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
