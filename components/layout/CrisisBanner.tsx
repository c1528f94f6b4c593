import { CRISIS } from "@/lib/clinic";

export function CrisisBanner() {
  return (
    <aside
      aria-label="Crisis support"
      className="bg-crisis text-on-crisis [--focus-ring:var(--color-focus-on-dark)] [&_a]:font-semibold [&_a]:text-on-crisis [&_a:hover]:text-on-crisis"
    >
      <p className="mx-auto max-w-5xl px-4 py-2 text-sm">
        <strong>Need help now?</strong> This site and its forms are not for emergencies.{" "}
        <a href={`tel:${CRISIS.lifeline.number}`}>Call {CRISIS.lifeline.number}</a> or{" "}
        <a href={`sms:${CRISIS.lifeline.number}`}>text {CRISIS.lifeline.number}</a> (Suicide &amp; Crisis Lifeline; veterans
        press {CRISIS.veterans.press}),
        text {CRISIS.textLine.keyword} to <a href={`sms:${CRISIS.textLine.number}`}>{CRISIS.textLine.number}</a>, or
        in an emergency <a href={`tel:${CRISIS.emergency}`}>call {CRISIS.emergency}</a> or go to the nearest emergency
        room.
      </p>
    </aside>
  );
}
