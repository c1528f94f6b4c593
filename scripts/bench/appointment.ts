/** A valid appointment request as a browser without JavaScript posts it (the idempotency key is added per request). */
import { clinic } from "@/lib/clinic";

export function appointmentFields(): [string, string][] {
  return [
    ["website", ""],
    ["firstName", "Bench"],
    ["lastName", "Mark"],
    ["dateOfBirth", "1984-05-17"],
    ["phone", "(541) 555-0100"],
    ["email", "bench@example.test"],
    ["preferredContact", "phone"],
    ["availableDays", clinic.contactDays[0]!],
    ["availableDays", clinic.contactDays[2]!],
    ["availableTimes", clinic.contactWindows[0]!.id],
    ["treatment", clinic.treatments[0]!.id],
    ["patientStatus", "new"],
    ["referringClinician", ""],
    ["note", "I would like to know more about the first visit."],
    ["consentToContact", "on"],
    ["acknowledgeNotEmergency", "on"],
  ];
}

/** The bare app's eight-field form (bench/bare-app/app/form/schema.ts), valid. */
export function bareFormFields(): [string, string][] {
  return [
    ["firstName", "Bench"],
    ["lastName", "Mark"],
    ["email", "bench@example.test"],
    ["phone", "(541) 555-0100"],
    ["dateOfBirth", "1984-05-17"],
    ["contact", "phone"],
    ["note", "I would like to know more about the first visit."],
    ["consent", "on"],
  ];
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** React's hidden `$ACTION_*` inputs of a form page: what makes a plain form post reach the action. */
export function actionInputs(html: string): [string, string][] {
  const inputs: [string, string][] = [];
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="(\$ACTION[^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "";
    inputs.push([name, value.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (e) => ENTITIES[e]!)]);
  }
  if (inputs.length === 0) throw new Error("the page has no server-action form inputs");
  return inputs;
}
