import Link from "next/link";
import { MenuDisclosure } from "@/components/layout/MenuDisclosure";
import { NavLink } from "@/components/layout/NavLink";
import { brandFill } from "@/components/layout/styles";
import { clinic, telHref } from "@/lib/clinic";
import { mainNavigation, startNavigation } from "@/lib/content/navigation";

const navLink =
  "inline-block py-2 font-medium text-ink no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2";

const [verify, appointment] = startNavigation;

function NavItems({ className }: { className: string }) {
  return (
    <ul className={className}>
      {mainNavigation.map((item) => (
        <li key={item.path}>
          <NavLink href={item.path} className={navLink}>
            {item.label}
          </NavLink>
        </li>
      ))}
      <li>
        <NavLink href={verify!.path} className={navLink}>
          {verify!.label}
        </NavLink>
      </li>
    </ul>
  );
}

/** Two short lines below sm, so the phone number and the button fit side by side on a 320 px phone. */
function TwoLines({ first, second }: { first: string; second: string }) {
  return (
    <>
      <span className="block sm:inline">{first}</span> <span className="block sm:inline">{second}</span>
    </>
  );
}

/** Below lg, the two ways to start are equal tiles side by side; from lg, a link and a button. */
const tile =
  "flex min-h-11 flex-col items-center justify-center rounded-md px-1.5 py-1.5 text-center text-sm leading-snug font-semibold sm:flex-row sm:gap-1 sm:text-base lg:block lg:min-h-0";

/**
 * Below lg, a deliberate two-row design: the clinic's name and the Menu on the first row; the
 * phone number and the appointment button as two equal tiles on the second
 * (tests/e2e/phone-layout.spec.ts holds it from 320 to 414 px). From lg up: name, phone and
 * button in one row, with the navigation in a row beneath.
 */
export function Header() {
  const appointmentWords = appointment!.label.split(" ");
  return (
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 sm:py-4 lg:gap-x-6">
        <Link href="/" className="min-w-0 flex-1 text-base font-bold text-balance text-ink no-underline hover:text-ink hover:underline sm:text-xl">
          {clinic.name}
        </Link>
        <div className="order-3 grid w-full grid-cols-2 gap-2 lg:order-none lg:flex lg:w-auto lg:items-center lg:gap-6">
          <a href={telHref(clinic.phone.main)} className={`${tile} border-2 border-brand bg-surface no-underline lg:border-0 lg:bg-transparent lg:p-0 lg:underline`}>
            <TwoLines first="Call us" second={clinic.phone.main} />
          </a>
          <NavLink href={appointment!.path} className={`${tile} ${brandFill} lg:px-4 lg:py-2`}>
            <TwoLines first={appointmentWords.slice(0, -1).join(" ")} second={appointmentWords.at(-1)!} />
          </NavLink>
        </div>
        <nav aria-label="Main" className="order-2 lg:order-last lg:-mt-1 lg:w-full">
          <NavItems className="hidden flex-wrap items-center gap-x-6 lg:flex" />
          <MenuDisclosure>
            <NavItems className="absolute inset-x-0 top-full z-20 flex flex-col border-b border-line bg-surface px-4 pb-3 shadow-md" />
          </MenuDisclosure>
        </nav>
      </div>
    </header>
  );
}
