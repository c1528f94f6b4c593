/**
 * Sentences about the crisis lines that several pages share. Their numbers come from CRISIS
 * (lib/clinic-contact.ts) and are never typed in copy (tests/unit/crisis-lines.test.ts).
 */
import { CRISIS } from "@/lib/clinic-contact";
import type { Text } from "./types";

/** The Veterans Crisis Line, for any note that lists the crisis lines. */
export const veteransLine: Text = `Veterans and service members can call ${CRISIS.veterans.number} and press ${CRISIS.veterans.press} for the ${CRISIS.veterans.label}, or text ${CRISIS.veterans.text}.`;

/** The shortest way to the lifeline and emergency help, for a sentence that mentions a crisis in passing. */
export const callOrText: Text = `call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency`;
