import { TREATMENT_SECTIONS, type Section, type Treatment } from "./types";

/** A treatment's sections in page order, with their fragment ids. */
export function treatmentSections(treatment: Treatment): Section[] {
  return TREATMENT_SECTIONS.map((id) => ({ id, ...treatment.sections[id] }));
}
