import type { Metadata } from "next";
import { noticeClass, problemClass, secondaryButton, tableClass } from "@/components/staff/styles";
import { SetupLinkButton } from "@/components/staff/SetupLinkButton";
import { clinicPrivate } from "@/lib/clinic.server";
import { db } from "@/lib/db/client.server";
import { formatDateTime } from "@/lib/staff/format";
import { requireStaff } from "@/lib/staff/guard.server";
import { ROLES, ROLE_LABELS, isRole } from "@/lib/staff/roles";
import { changeAccount, newSetupLink } from "./actions";

export const metadata: Metadata = { title: "Accounts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ searchParams }: Props) {
  const staff = await requireStaff("admin", "/staff/accounts");
  const params = await searchParams;
  const database = await db();
  const [accounts, lastPurge] = await Promise.all([
    database.staffUser.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { sessions: true } } } }),
    database.auditEvent.findFirst({ where: { action: "retention.purge" }, orderBy: { createdAt: "desc" } }),
  ]);
  const problem = typeof params.problem === "string" ? (params.problem === "invalid" ? "That change is not possible." : params.problem.slice(0, 200)) : undefined;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Accounts</h1>
        <p className="mt-2 text-ink-muted">
          New accounts are created on the server with <code>npm run staff:create</code>, which prints a set-up link.
        </p>
        <div aria-live="polite">
          {params.notice ? <p className={`mt-4 ${noticeClass}`}>Saved.</p> : null}
          {problem ? <p className={`mt-4 ${problemClass}`}>{problem}</p> : null}
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">Staff accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const self = account.id === staff.id;
              return (
                <tr key={account.id}>
                  <td>{account.name}</td>
                  <td>{account.email}</td>
                  <td>{isRole(account.role) ? ROLE_LABELS[account.role] : account.role}</td>
                  <td>
                    {!account.active ? "Deactivated" : account.twoFactorEnabled ? "Active" : "Set-up not finished"}
                    {account._count.sessions > 0 ? `, ${account._count.sessions} session${account._count.sessions === 1 ? "" : "s"}` : ""}
                  </td>
                  <td>
                    {self ? (
                      <span className="text-ink-muted">Your account</span>
                    ) : (
                      <div className="flex flex-wrap items-center gap-2">
                        <form action={changeAccount} className="flex items-center gap-2">
                          <input type="hidden" name="userId" value={account.id} />
                          <input type="hidden" name="change" value="role" />
                          <label htmlFor={`role-${account.id}`} className="sr-only">
                            Role of {account.name}
                          </label>
                          <select id={`role-${account.id}`} name="role" defaultValue={account.role} className="rounded-md border border-line-strong bg-surface px-2 py-1">
                            {ROLES.map((role) => (
                              <option key={role} value={role}>
                                {ROLE_LABELS[role]}
                              </option>
                            ))}
                          </select>
                          <button type="submit" className={secondaryButton}>
                            Save role
                          </button>
                        </form>
                        <form action={changeAccount}>
                          <input type="hidden" name="userId" value={account.id} />
                          <input type="hidden" name="change" value={account.active ? "deactivate" : "reactivate"} />
                          <button type="submit" className={secondaryButton}>
                            {account.active ? "Deactivate" : "Reactivate"}
                            <span className="sr-only"> {account.name}</span>
                          </button>
                        </form>
                        <form action={changeAccount}>
                          <input type="hidden" name="userId" value={account.id} />
                          <input type="hidden" name="change" value="end-sessions" />
                          <button type="submit" className={secondaryButton}>
                            Sign out everywhere<span className="sr-only"> ({account.name})</span>
                          </button>
                        </form>
                        <SetupLinkButton action={newSetupLink.bind(null, account.id)} name={account.name} />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading" className="text-xl font-bold">
          Retention
        </h2>
        <p className="mt-2">
          Requests, with their card images, notes and emails, are deleted {clinicPrivate.retentionDays} days after they arrive by{" "}
          <code>npm run purge</code> (run it daily). The audit log is kept. The period is set in <code>lib/clinic.server.ts</code>.
        </p>
        <p className="mt-2">{lastPurge ? `Last purge: ${formatDateTime(lastPurge.createdAt)}.` : "No purge has run yet."}</p>
      </section>
    </div>
  );
}
