/** How staff pages show values: dates and times in the clinic's time zone (whatever the server's), labels for ids. */
import { clinic } from "@/lib/clinic";
import { STATUS_LABELS, isStatus } from "./workflow";

const dateTime = new Intl.DateTimeFormat("en-US", {
  timeZone: clinic.timeZone,
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

const sortable = new Intl.DateTimeFormat("en-CA", {
  timeZone: clinic.timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Nov 23, 2026, 2:05 PM PST" */
export const formatDateTime = (date: Date) => dateTime.format(date);

/** "2026-11-23 14:05", clinic time: for spreadsheets. */
export const formatSortable = (date: Date) => sortable.format(date).replace(",", "");

/** A status id as staff read it; an unknown value is shown as stored. */
export const statusLabel = (status: string) => (isStatus(status) ? STATUS_LABELS[status] : status);

export const treatmentName = (id: string) => clinic.treatments.find((t) => t.id === id)?.name ?? id;
