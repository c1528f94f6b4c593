/**
 * Self-pay prices worked out from the clinic's configuration (lib/clinic.ts), so each price is
 * typed once: a series costs the sum of its visits at the per-visit prices.
 */
import { clinic, type Clinic, type TreatmentId } from "./clinic";

export type Series = Clinic["insurance"]["selfPay"]["series"][number];

const formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** "$2,850". */
export const usd = (dollars: number) => formatter.format(dollars);

/** The price with this id; the configuration check (lib/clinic-schema.ts) makes sure it exists. */
export function priceOf(id: string): number {
  const price = clinic.insurance.selfPay.prices.find((p) => p.id === id);
  if (!price) throw new Error(`No self-pay price has the id "${id}"`);
  return price.price;
}

/** What a series costs: each part's visits at its price, added up. */
export const seriesTotal = (series: Series) => series.parts.reduce((sum, part) => sum + part.count * priceOf(part.price), 0);

/** How the total is made up, e.g. "6 × $475" or "1 × $950 + 7 × $1,350". */
export const seriesBreakdown = (series: Series) => series.parts.map((part) => `${part.count} × ${usd(priceOf(part.price))}`).join(" + ");

/** The typical first series of one treatment (one or more, e.g. at different doses). */
export const seriesOf = (treatment: Exclude<TreatmentId, "not-sure">) =>
  clinic.insurance.selfPay.series.filter((s) => s.treatment === treatment);

/** "6 IV ketamine infusions over 2 to 3 weeks: $2,850 (6 × $475)", for copy. */
export const seriesLine = (series: Series) => `${series.item}: ${usd(seriesTotal(series))} (${seriesBreakdown(series)})`;
