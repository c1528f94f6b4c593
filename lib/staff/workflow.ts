/** Request kinds, statuses and the moves staff can make between them. */
export const KINDS = ["appointment", "insurance"] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = { appointment: "Appointment", insurance: "Insurance check" };

export const STATUSES = ["new", "in-review", "contacted", "verified", "scheduled", "closed", "declined"] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  new: "New",
  "in-review": "In review",
  contacted: "Contacted",
  verified: "Benefits verified",
  scheduled: "Scheduled",
  closed: "Closed",
  declined: "Declined",
};

/**
 * Appointment: new → in review → contacted → scheduled or closed. Insurance: new → in review →
 * benefits verified → contacted → scheduled or closed. Either can be declined before it is
 * scheduled, and a closed or declined request can be reopened (back to in review).
 */
export const WORKFLOW: Record<Kind, Partial<Record<Status, readonly Status[]>>> = {
  appointment: {
    new: ["in-review", "declined"],
    "in-review": ["contacted", "declined"],
    contacted: ["scheduled", "closed", "declined"],
    scheduled: ["closed"],
    closed: ["in-review"],
    declined: ["in-review"],
  },
  insurance: {
    new: ["in-review", "declined"],
    "in-review": ["verified", "declined"],
    verified: ["contacted", "declined"],
    contacted: ["scheduled", "closed", "declined"],
    scheduled: ["closed"],
    closed: ["in-review"],
    declined: ["in-review"],
  },
};

export const nextStatuses = (kind: Kind, from: string): readonly Status[] => WORKFLOW[kind][from as Status] ?? [];

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

/** The statuses a kind of request can be in. */
export const statusesOf = (kind: Kind): Status[] => STATUSES.filter((s) => s in WORKFLOW[kind]);

export function kindOfReference(reference: string): Kind | undefined {
  return reference.startsWith("APT-") ? "appointment" : reference.startsWith("INS-") ? "insurance" : undefined;
}
