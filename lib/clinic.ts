/**
 * The clinic's public facts, in one place. Another clinic deploys this code by editing this
 * file (and lib/clinic.server.ts for private settings), not the components.
 * The clinic is fictional: 555-01xx phone numbers and example.test addresses only.
 */
import { z } from "zod";

const phone = z.string().regex(/^\(\d{3}\) 555-01\d{2}$/, "use a fictional (NNN) 555-01NN number");

export const TREATMENT_IDS = ["iv-ketamine", "esketamine", "im-ketamine", "kap", "not-sure"] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

const DAY_IDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayId = (typeof DAY_IDS)[number];

const clinicSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  tagline: z.string().min(1),
  address: z.object({
    street: z.string(),
    suite: z.string().optional(),
    city: z.string(),
    region: z.string().length(2),
    postalCode: z.string(),
  }),
  phone: z.object({ main: phone, fax: phone }),
  email: z.object({ frontDesk: z.email().endsWith(".example.test") }),
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone"),
  timeZoneLabel: z.string(),
  hours: z.array(z.object({ days: z.array(z.enum(DAY_IDS)).min(1), opens: z.string(), closes: z.string() })),
  /** Days and time windows a person can pick as "best time to call"; labelled in the clinic's time zone. */
  contactDays: z.array(z.enum(DAY_IDS)).min(1),
  contactWindows: z.array(z.object({ id: z.string().regex(/^[a-z]+$/), label: z.string() })).min(1),
  /** When staff usually answer a request, shown on confirmation pages and in emails. */
  replyWithin: z.string(),
  treatments: z
    .array(z.object({ id: z.enum(TREATMENT_IDS), name: z.string(), summary: z.string() }))
    .min(1),
});

export type Clinic = z.infer<typeof clinicSchema>;

export const clinic: Clinic = clinicSchema.parse({
  name: "Cedar Lane Mood Clinic",
  shortName: "Cedar Lane",
  tagline: "Ketamine and esketamine care for depression that other treatments have not helped",
  address: { street: "418 Alder Street", suite: "Suite 210", city: "Riverton", region: "OR", postalCode: "97400" },
  phone: { main: "(541) 555-0142", fax: "(541) 555-0143" },
  email: { frontDesk: "frontdesk@cedarlane.example.test" },
  timeZone: "America/Los_Angeles",
  timeZoneLabel: "Pacific Time",
  hours: [
    { days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:00", closes: "18:00" },
    { days: ["sat"], opens: "09:00", closes: "13:00" },
  ],
  contactDays: ["mon", "tue", "wed", "thu", "fri", "sat"],
  contactWindows: [
    { id: "morning", label: "Morning, 8 am to noon" },
    { id: "afternoon", label: "Afternoon, noon to 4 pm" },
    { id: "evening", label: "Late afternoon, 4 pm to 6 pm" },
  ],
  replyWithin: "one business day",
  treatments: [
    {
      id: "esketamine",
      name: "Esketamine nasal spray (Spravato®)",
      summary: "FDA-approved nasal spray, taken at the clinic under observation.",
    },
    {
      id: "iv-ketamine",
      name: "IV ketamine infusion",
      summary: "A slow intravenous infusion with monitoring; an off-label use of ketamine.",
    },
    {
      id: "im-ketamine",
      name: "Intramuscular (IM) ketamine",
      summary: "An injection, used when an IV is not practical; an off-label use.",
    },
    {
      id: "kap",
      name: "Ketamine-assisted psychotherapy",
      summary: "Preparation, a supported ketamine session and follow-up therapy.",
    },
    { id: "not-sure", name: "Not sure yet", summary: "We can talk through the options with you." },
  ],
});

export const DAY_LABELS: Record<DayId, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export const telHref = (number: string) => `tel:+1${number.replace(/\D/g, "")}`;

export const CRISIS = {
  lifeline: { number: "988", label: "988 Suicide & Crisis Lifeline", chat: "https://988lifeline.org/chat" },
  textLine: { keyword: "HOME", number: "741741" },
  emergency: "911",
} as const;
