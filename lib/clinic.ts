/**
 * The clinic's public facts, in one place. Another clinic deploys this code by editing this
 * file, lib/clinic-contact.ts (name, phone numbers) and lib/clinic.server.ts (private
 * settings), not the components.
 * The clinic is fictional: 555-01xx phone numbers and example.test addresses only.
 * lib/clinic-schema.ts says what each value must be; the server checks it at start.
 */
import { CLINIC_NAME, CLINIC_PHONE } from "./clinic-contact";
import type { Clinic, DayId } from "./clinic-schema";

export { CRISIS, telHref } from "./clinic-contact";

export type { Clinic, DayId, TreatmentId } from "./clinic-schema";

export const clinic: Clinic = {
  name: CLINIC_NAME,
  shortName: "Cedar Lane",
  tagline: "Ketamine and esketamine care for depression that other treatments have not helped",
  /** The public address of the site: canonical links, the sitemap and structured data use it. */
  url: "https://cedarlane.example.test",
  address: { street: "418 Alder Street", suite: "Suite 210", city: "Riverton", region: "OR", postalCode: "97400" },
  phone: CLINIC_PHONE,
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
  insurance: {
    carriers: [
      { id: "aetna", name: "Aetna" },
      { id: "cigna", name: "Cigna" },
      { id: "kaiser", name: "Kaiser Permanente" },
      { id: "moda", name: "Moda Health" },
      { id: "ohp", name: "Oregon Health Plan (Medicaid)" },
      { id: "pacificsource", name: "PacificSource" },
      { id: "providence", name: "Providence Health Plan" },
      { id: "regence", name: "Regence BlueCross BlueShield" },
      { id: "tricare", name: "TRICARE" },
      { id: "uhc", name: "UnitedHealthcare" },
      { id: "va", name: "VA Community Care" },
      { id: "medicare", name: "Original Medicare" },
    ],
    reviewWithin: "two business days",
    selfPay: {
      summary:
        "You can be treated here without insurance, at the prices we publish. Before your first session we confirm in writing the price of the sessions your clinician recommends, so nothing comes as a surprise.",
      points: [
        "IV and intramuscular ketamine are off-label uses, so most plans do not pay for the sessions themselves; many people pay for these treatments themselves.",
        "On request we give you a superbill, a detailed receipt you can send to your insurer for possible out-of-network reimbursement. Whether your plan pays anything back is up to the plan.",
        "Health savings (HSA) and flexible spending (FSA) accounts can generally be used for prescribed treatment of a diagnosed condition; check with your plan administrator.",
        "The evaluation visit and therapy visits may be billable to insurance even when the ketamine sessions are not.",
      ],
      /**
       * Self-pay prices in US dollars, shown on the Insurance and cost page. The clinic is
       * fictional and so are these prices; a real clinic sets its own.
       */
      prices: [
        { id: "evaluation", item: "Evaluation visit with a clinician (60 to 90 minutes)", price: 350 },
        { id: "iv-session", item: "IV ketamine infusion, per session", price: 475 },
        { id: "im-session", item: "Intramuscular ketamine, per session", price: 425 },
        { id: "esketamine-56", item: "Esketamine (Spravato) session at a 56 mg dose, with the 2-hour observation", price: 950 },
        { id: "esketamine-84", item: "Esketamine (Spravato) session at an 84 mg dose, with the 2-hour observation", price: 1350 },
        { id: "kap-session", item: "Ketamine-assisted psychotherapy session (about 3 hours, with a therapist)", price: 750 },
        { id: "therapy-visit", item: "Preparation or integration therapy visit (50 minutes)", price: 180 },
      ],
      pricesNote:
        "Esketamine (Spravato) is usually billed to insurance. If you pay for it yourself, the price of a session depends on your dose, which your clinician sets.",
      /** Typical first series, priced from the per-session prices above. */
      series: [
        {
          treatment: "iv-ketamine",
          item: "6 IV ketamine infusions over 2 to 3 weeks",
          parts: [{ price: "iv-session", count: 6 }],
        },
        {
          treatment: "esketamine",
          item: "Esketamine for treatment-resistant depression, the first 4 weeks: 8 sessions, all at 56 mg",
          parts: [{ price: "esketamine-56", count: 8 }],
        },
        {
          treatment: "esketamine",
          item: "Esketamine for treatment-resistant depression, the first 4 weeks: 8 sessions, the first at 56 mg and 7 at 84 mg",
          parts: [
            { price: "esketamine-56", count: 1 },
            { price: "esketamine-84", count: 7 },
          ],
        },
        {
          treatment: "im-ketamine",
          item: "6 intramuscular ketamine sessions over 2 to 3 weeks",
          parts: [{ price: "im-session", count: 6 }],
        },
        {
          treatment: "kap",
          item: "Ketamine-assisted psychotherapy with 1 preparation visit, 3 ketamine sessions and 3 integration visits",
          parts: [
            { price: "therapy-visit", count: 1 },
            { price: "kap-session", count: 3 },
            { price: "therapy-visit", count: 3 },
          ],
        },
      ],
    },
  },
  policies: {
    cancellation:
      "Please tell us at least 24 hours before a treatment session if you need to cancel or move it, so we can offer the time to someone else. If you cancel later than that or miss the session, we may charge a $75 fee. We waive it when you are unwell or have an emergency; just call us.",
    fasting:
      "Please do not eat for 4 hours before an IV or intramuscular ketamine session; clear fluids are fine until 2 hours before. Your clinician will tell you if your own instructions differ.",
    ride: "You cannot drive yourself home after any treatment session. Someone must pick you up, or we will help you arrange a ride; we cannot let you leave alone by taxi or rideshare.",
  },
};

/** Also the schema.org DayOfWeek names, so kept as literal types. */
export const DAY_LABELS = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const satisfies Record<DayId, string>;

