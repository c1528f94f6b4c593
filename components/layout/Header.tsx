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

export function Header() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="text-xl font-bold text-ink no-underline hover:text-ink hover:underline">
          {clinic.name}
        </Link>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
          <a href={telHref(clinic.phone.main)} className="font-semibold">
            Call {clinic.phone.main}
          </a>
          <NavLink href={appointment!.path} className={primaryButton}>
            {appointment!.label}
          </NavLink>
        </div>
      </div>
      <nav aria-label="Main" className="mx-auto max-w-5xl px-4 pb-3">
        <NavItems className="hidden flex-wrap items-center gap-x-6 lg:flex" />
        <MenuDisclosure>
          <NavItems className="mt-2 flex flex-col border-t border-line pt-2" />
        </MenuDisclosure>
      </nav>
    </header>
  );
}
