import Link from "next/link";
import { CRISIS, DAY_LABELS, clinic, telHref, type Clinic, type DayId } from "@/lib/clinic";

const WEEK: DayId[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function formatTime(hhmm: string) {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h < 12 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, "0")} ${suffix}`;
}

function formatDays(days: DayId[]) {
  const sorted = WEEK.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = sorted.length > 2 && first && last && WEEK.indexOf(last) - WEEK.indexOf(first) === sorted.length - 1;
  if (consecutive) return `${DAY_LABELS[first]} to ${DAY_LABELS[last]}`;
  return sorted.map((d) => DAY_LABELS[d]).join(", ");
}

function OpeningHours({ hours }: { hours: Clinic["hours"] }) {
  const closed = WEEK.filter((d) => !hours.some((h) => h.days.includes(d)));
  return (
    <ul>
      {hours.map((h) => (
        <li key={h.days.join()}>
          {formatDays(h.days)}: <time dateTime={h.opens}>{formatTime(h.opens)}</time> to{" "}
          <time dateTime={h.closes}>{formatTime(h.closes)}</time>
        </li>
      ))}
      {closed.length > 0 && <li>Closed {formatDays(closed)}</li>}
    </ul>
  );
}

const heading = "text-base font-bold";

export function Footer() {
  const { address } = clinic;
  return (
    <footer className="mt-16 border-t border-line bg-mist">
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
            <a href={`sms:${CRISIS.textLine.number}`}>{CRISIS.textLine.number}</a>. In an emergency, call{" "}
            <a href={`tel:${CRISIS.emergency}`}>{CRISIS.emergency}</a> or go to the nearest emergency room.
          </p>
        </div>
      </div>

      <div className="border-t border-line">
        <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
          <nav aria-label="Legal">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              <li>
                <Link href="/privacy">Privacy</Link>
              </li>
              <li>
                <Link href="/accessibility">Accessibility</Link>
              </li>
              <li>
                <Link href="/terms">Terms of use</Link>
              </li>
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
