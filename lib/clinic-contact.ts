/**
 * The clinic's name, phone numbers and the crisis lines: the part of lib/clinic.ts that error
 * pages need. Those are client components loaded with every page, so importing all of
 * lib/clinic.ts there would put the whole configuration into every page's JavaScript.
 */
export const CLINIC_NAME = "Cedar Lane Mood Clinic";

export const CLINIC_PHONE = { main: "(541) 555-0142", fax: "(541) 555-0143" };

export const telHref = (number: string) => `tel:+1${number.replace(/\D/g, "")}`;

export const CRISIS = {
  lifeline: { number: "988", label: "988 Suicide & Crisis Lifeline", chat: "https://988lifeline.org/chat" },
  textLine: { keyword: "HOME", number: "741741" },
  emergency: "911",
} as const;
