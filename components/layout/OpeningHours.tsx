import { DAY_LABELS, type Clinic, type DayId } from "@/lib/clinic";

const WEEK: DayId[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h < 12 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, "0")} ${suffix}`;
}

function formatDays(days: DayId[]): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = sorted.length > 2 && first && last && WEEK.indexOf(last) - WEEK.indexOf(first) === sorted.length - 1;
  if (consecutive) return `${DAY_LABELS[first]} to ${DAY_LABELS[last]}`;
  return sorted.map((d) => DAY_LABELS[d]).join(", ");
}

function closedDays(hours: Clinic["hours"]): DayId[] {
  return WEEK.filter((d) => !hours.some((h) => h.days.includes(d)));
}

export function OpeningHours({ hours }: { hours: Clinic["hours"] }) {
  const closed = closedDays(hours);
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
