/**
 * The clinic's name, phone numbers and the crisis lines: the part of lib/clinic.ts that error
 * pages need. Those are client components loaded with every page, so importing all of
 * lib/clinic.ts there would put the whole configuration into every page's JavaScript.
 */
export const CLINIC_NAME = "Cedar Lane Mood Clinic";

export const CLINIC_PHONE = { main: "(541) 555-0142", fax: "(541) 555-0143" };

export const telHref = (number: string) => `tel:+1${number.replace(/\D/g, "")}`;

const LIFELINE = "988";

/**
 * The crisis lines, typed here only: every page, form and email reads them from this object
 * (tests/unit/crisis-lines.test.ts fails on a crisis number typed anywhere else).
 */
export const CRISIS = {
  lifeline: { number: LIFELINE, label: `${LIFELINE} Suicide & Crisis Lifeline`, chat: "https://988lifeline.org/chat" },
  /** The Department of Veterans Affairs' line, reached through the lifeline: call 988, then press 1. */
  veterans: {
    label: "Veterans Crisis Line",
    number: LIFELINE,
    press: "1",
    text: "838255",
    chat: "https://www.veteranscrisisline.net/get-help-now/chat/",
  },
  textLine: { keyword: "HOME", number: "741741" },
  emergency: "911",
} as const;
