import Link from "next/link";
import { MenuDisclosure } from "@/components/layout/MenuDisclosure";
import { NavLink } from "@/components/layout/NavLink";
import { primaryButton } from "@/components/layout/styles";
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

/**
 * On a phone: the name and the Menu on the first row, the phone number and the appointment
 * button below. From lg up: name, phone and button, with the navigation in a row beneath.
 */
export function Header() {
  return (
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-4 sm:gap-x-6">
        <Link href="/" className="mr-auto text-lg font-bold sm:text-xl text-ink no-underline hover:text-ink hover:underline">
          {clinic.name}
        </Link>
        <a href={telHref(clinic.phone.main)} className="order-3 text-sm font-semibold sm:text-base lg:order-none">
          Call {clinic.phone.main}
        </a>
        <NavLink href={appointment!.path} className={`${primaryButton} order-4 text-sm sm:text-base lg:order-none`}>
          {appointment!.label}
        </NavLink>
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
