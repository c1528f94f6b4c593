import { CRISIS } from "@/lib/clinic-contact";

/** The Veterans Crisis Line in one sentence, for every list of the crisis lines. */
export function VeteransLine() {
  return (
    <>
      Veterans can{" "}
      <a href={`tel:${CRISIS.veterans.number}`}>
        call {CRISIS.veterans.number} and press {CRISIS.veterans.press}
      </a>{" "}
      for the {CRISIS.veterans.label}.
    </>
  );
}
