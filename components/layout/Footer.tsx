import Link from "next/link";
import { OpeningHours } from "@/components/layout/OpeningHours";
import { CRISIS, clinic, telHref } from "@/lib/clinic";
import { footerNavigation, legalNavigation } from "@/lib/content/navigation";

const heading = "text-base font-bold";

export function Footer() {
  const { address } = clinic;
  return (
    <footer className="mt-16 border-t border-line bg-mist">
      <nav aria-label="Site" className="border-b border-line">
        <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
          {footerNavigation.map((group) => (
            <div key={group.heading}>
              <h2 className={heading}>{group.heading}</h2>
              <ul className="mt-2 space-y-2">
                {group.items.map((item) => (
                  <li key={item.path}>
                    <Link href={item.path}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </nav>
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <h2 className={heading}>
            {clinic.name}
          </h2>
          <address className="mt-2 not-italic">
            {address.street}
            {address.suite && <>, {address.suite}</>}
            <br />
            {address.city}, {address.region} {address.postalCode}
            <br />
            Phone: <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>
            <br />
            Fax: {clinic.phone.fax}
            <br />
            Email: <a href={`mailto:${clinic.email.frontDesk}`}>{clinic.email.frontDesk}</a>
          </address>
        </div>

        <div>
          <h2 className={heading}>
            Opening hours ({clinic.timeZoneLabel})
          </h2>
          <div className="mt-2">
            <OpeningHours hours={clinic.hours} />
          </div>
        </div>

        <div>
          <h2 className={heading}>
            In a crisis
          </h2>
          <p className="mt-2">
            Do not wait for an appointment. <a href={`tel:${CRISIS.lifeline.number}`}>Call {CRISIS.lifeline.number}</a>
            , <a href={`sms:${CRISIS.lifeline.number}`}>text {CRISIS.lifeline.number}</a> or{" "}
            <a href={CRISIS.lifeline.chat}>chat online</a> with the {CRISIS.lifeline.label}. Text {CRISIS.textLine.keyword} to{" "}
            <a href={`sms:${CRISIS.textLine.number}`}>{CRISIS.textLine.number}</a>. Veterans and service members can{" "}
            <a href={`tel:${CRISIS.veterans.number}`}>
              call {CRISIS.veterans.number} and press {CRISIS.veterans.press}
            </a>
            , <a href={`sms:${CRISIS.veterans.text}`}>text {CRISIS.veterans.text}</a> or{" "}
            <a href={CRISIS.veterans.chat}>chat online</a> with the {CRISIS.veterans.label}. In an emergency, call{" "}
            <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> or go to the nearest emergency room.
          </p>
        </div>
      </div>

      <div className="border-t border-line">
        <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
          <nav aria-label="Legal">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {legalNavigation.map((item) => (
                <li key={item.path}>
                  <Link href={item.path}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="text-ink-muted">
            {clinic.name} is a fictional clinic. This is a demonstration site, not a real medical practice.
          </p>
        </div>
      </div>
    </footer>
  );
}
