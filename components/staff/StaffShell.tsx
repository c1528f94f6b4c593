import Link from "next/link";
import type { ReactNode } from "react";
import { clinic } from "@/lib/clinic";
import { ROLE_LABELS } from "@/lib/staff/roles";
import type { Staff } from "@/lib/staff/session.server";

/** The staff area's frame: who is signed in, where they can go, and how to leave. */
type Props = {
  staff: Staff | null;
  /** The layout's sign-out actions (app/staff/actions.ts), passed down: components do not import from app/. */
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
  children: ReactNode;
};

export function StaffShell({ staff, signOut, signOutEverywhere, children }: Props) {
  return (
    <>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="font-bold">
            {clinic.shortName} <span className="font-normal text-ink-muted">staff</span>
          </p>
          {staff ? (
            <>
              <nav aria-label="Staff" className="flex flex-wrap gap-x-4">
                <Link href="/staff">Requests</Link>
                {staff.role === "admin" ? (
                  <>
                    <Link href="/staff/audit">Audit log</Link>
                    <Link href="/staff/accounts">Accounts</Link>
                  </>
                ) : null}
              </nav>
              <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
                <span>
                  {staff.name} ({ROLE_LABELS[staff.role]})
                </span>
                <form action={signOut}>
                  <button type="submit" className="underline">
                    Sign out
                  </button>
                </form>
                <form action={signOutEverywhere}>
                  <button type="submit" className="underline">
                    Sign out on all devices
                  </button>
                </form>
              </div>
            </>
          ) : null}
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-line px-4 py-4 text-center text-sm text-ink-muted">
        Patient information: only for your work on these requests. Sessions end after 15 minutes without activity.
      </footer>
    </>
  );
}
