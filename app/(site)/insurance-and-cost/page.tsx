import { ContentArticle } from "@/components/content/ContentArticle";
import { clinic } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { insuranceAndCostPage as page } from "@/lib/content/pages/insurance-and-cost";
import { priceOf, seriesBreakdown, seriesTotal, usd } from "@/lib/self-pay";

export const metadata = pageMetadata(page);

const PRICES = { id: "self-pay-prices", heading: "Self-pay prices" };
const CANCELLATION = { id: "cancellation-policy", heading: "Cancellation policy" };

const headerCell = "py-2 pr-4";

/** The copy comes from lib/content; prices, series and the cancellation policy from the clinic's configuration. */
export default function InsuranceAndCostPage() {
  const { selfPay } = clinic.insurance;
  return (
    <ContentArticle page={page} extraContents={[PRICES, CANCELLATION]}>
      <section>
        <h2 id={PRICES.id}>{PRICES.heading}</h2>
        <p>{selfPay.summary}</p>
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="sr-only">Self-pay prices per visit, in US dollars</caption>
          <thead>
            <tr className="border-b-2 border-line-strong">
              <th scope="col" className={headerCell}>
                Service
              </th>
              <th scope="col" className="py-2 text-right">
                Price
              </th>
            </tr>
          </thead>
          <tbody>
            {selfPay.prices.map((p) => (
              <tr key={p.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {p.item}
                </th>
                <td className="py-2 text-right tabular-nums">{usd(p.price)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {selfPay.pricesNote && <p>{selfPay.pricesNote}</p>}
        <h3>What a typical first series costs</h3>
        <p>
          These are estimates for self-pay, worked out from the prices above. They are not quotes: your clinician may
          recommend more or fewer sessions, and we confirm your own plan&rsquo;s price in writing first. The evaluation visit ({usd(priceOf("evaluation"))}) is not
          included.
        </p>
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="sr-only">Self-pay price of a typical first series, in US dollars</caption>
          <thead>
            <tr className="border-b-2 border-line-strong">
              <th scope="col" className={headerCell}>
                Series
              </th>
              <th scope="col" className={headerCell}>
                Worked out as
              </th>
              <th scope="col" className="py-2 text-right">
                Price
              </th>
            </tr>
          </thead>
          <tbody>
            {selfPay.series.map((s) => (
              <tr key={s.item} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {s.item}
                </th>
                <td className="py-2 pr-4 tabular-nums">{seriesBreakdown(s)}</td>
                <td className="py-2 text-right tabular-nums">{usd(seriesTotal(s))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="list-disc pl-6">
          {selfPay.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 id={CANCELLATION.id}>{CANCELLATION.heading}</h2>
        <p>{clinic.policies.cancellation}</p>
      </section>
    </ContentArticle>
  );
}
