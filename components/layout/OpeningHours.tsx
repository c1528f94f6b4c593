import type { Clinic } from "@/lib/clinic";
import { closedDays, formatDays, formatTime } from "@/lib/opening-hours";

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
