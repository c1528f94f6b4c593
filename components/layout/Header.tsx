import Link from "next/link";
import { NavLink } from "@/components/layout/NavLink";
import { primaryButton } from "@/components/layout/styles";
import { clinic, telHref } from "@/lib/clinic";

const navLink =
  "inline-block py-2 font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2";

export function Header() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-4">
        <Link href="/" className="text-xl font-bold text-ink no-underline hover:text-ink hover:underline">
          {clinic.name}
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
              <li>
                <NavLink href="/" className={navLink}>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink href="/#treatments" className={navLink}>
                  Treatments
                </NavLink>
              </li>
              <li>
                <NavLink href="/verify-insurance" className={navLink}>
                  Verify insurance
                </NavLink>
              </li>
              <li>
                <NavLink href="/appointments" className={primaryButton}>
                  Request an appointment
                </NavLink>
              </li>
            </ul>
          </nav>
          <a href={telHref(clinic.phone.main)} className="font-semibold">
            Call {clinic.phone.main}
          </a>
        </div>
      </div>
    </header>
  );
}
