/**
 * The shape every clinic configuration must have. Checked when the server starts
 * (instrumentation.ts) and by tests/unit/clinic.test.ts; kept out of lib/clinic.ts so the
 * browser bundles that read the clinic's facts do not carry zod.
 */
import { z } from "zod";
import { ConfigError } from "./config-error";

const phone = z.string().regex(/^\(\d{3}\) 555-01\d{2}$/, "use a fictional (NNN) 555-01NN number");

export const TREATMENT_IDS = ["iv-ketamine", "esketamine", "im-ketamine", "kap", "not-sure"] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

export const DAY_IDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayId = (typeof DAY_IDS)[number];

export const clinicSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  tagline: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).refine((u) => !u.endsWith("/"), "no trailing slash"),
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
  insurance: z.object({
    /** Carriers offered in the insurance form's list; "Other" (with a name) is always added after them. */
    carriers: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/).refine((id) => id !== "other", "\"other\" is added by the form"), name: z.string().min(1) }))
      .min(1),
    /** When staff usually finish a benefits check, shown after an insurance request. */
    reviewWithin: z.string().min(1),
    /** Shown instead of the insurance questions when a person will pay for themselves. */
    selfPay: z
      .object({
        summary: z.string().min(1),
        points: z.array(z.string().min(1)).min(1),
        /** Per-visit prices in US dollars; `id` is how a series names one. */
        prices: z.array(
          z.object({ id: z.string().regex(/^[a-z0-9-]+$/), item: z.string().min(1), price: z.number().int().positive() }),
        ),
        pricesNote: z.string().optional(),
        /**
         * Typical first series, priced from `prices` (lib/self-pay.ts adds them up), so a price is
         * typed once: each part is a number of visits at one of the prices above.
         */
        series: z.array(
          z.object({
            treatment: z.enum(TREATMENT_IDS).refine((id) => id !== "not-sure", "a series is of one treatment"),
            item: z.string().min(1),
            parts: z.array(z.object({ price: z.string(), count: z.number().int().positive() })).min(1),
          }),
        ),
      })
      .superRefine((selfPay, ctx) => {
        const ids = selfPay.prices.map((p) => p.id);
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: ["prices", i, "id"], message: `"${id}" is used twice` });
        });
        selfPay.series.forEach((s, i) =>
          s.parts.forEach((part, j) => {
            if (!ids.includes(part.price))
              ctx.addIssue({ code: "custom", path: ["series", i, "parts", j, "price"], message: `no price has the id "${part.price}"` });
          }),
        );
      }),
  }),
  /** Shown on the Insurance and cost and What to expect pages. */
  policies: z.object({ cancellation: z.string().min(1), fasting: z.string().min(1), ride: z.string().min(1) }),
});

export type Clinic = z.infer<typeof clinicSchema>;

/** Throws a message naming each wrong value of a clinic configuration. */
export function checkClinic(config: unknown): Clinic {
  const result = clinicSchema.safeParse(config);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  clinic.${i.path.join(".")}: ${i.message}`).join("\n");
  throw new ConfigError(`Invalid clinic configuration in lib/clinic.ts:\n${problems}`);
}
