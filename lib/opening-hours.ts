import { DAY_LABELS, type Clinic, type DayId } from "@/lib/clinic";

const WEEK: DayId[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  const suffix = h < 12 ? "am" : "pm";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, "0")} ${suffix}`;
}

export function formatDays(days: DayId[]): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = sorted.length > 2 && first && last && WEEK.indexOf(last) - WEEK.indexOf(first) === sorted.length - 1;
  if (consecutive) return `${DAY_LABELS[first]} to ${DAY_LABELS[last]}`;
  return sorted.map((d) => DAY_LABELS[d]).join(", ");
}

/** The days the clinic is closed, e.g. ["sun"]. */
export function closedDays(hours: Clinic["hours"]): DayId[] {
  return WEEK.filter((d) => !hours.some((h) => h.days.includes(d)));
}

/** "Monday to Friday, 8 am to 6 pm; Saturday, 9 am to 1 pm; closed Sunday". */
export function openingHoursText(hours: Clinic["hours"]): string {
  const open = hours.map((h) => `${formatDays(h.days)}, ${formatTime(h.opens)} to ${formatTime(h.closes)}`);
  const closed = closedDays(hours);
  return [...open, ...(closed.length > 0 ? [`closed ${formatDays(closed)}`] : [])].join("; ");
}
