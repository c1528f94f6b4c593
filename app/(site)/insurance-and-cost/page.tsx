import { ContentArticle } from "@/components/content/ContentArticle";
import { clinic } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { insuranceAndCostPage as page } from "@/lib/content/pages/insurance-and-cost";

export const metadata = pageMetadata(page);

const PRICES = { id: "self-pay-prices", heading: "Self-pay prices" };
const CANCELLATION = { id: "cancellation-policy", heading: "Cancellation policy" };

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** The copy comes from lib/content; prices and the cancellation policy from the clinic's configuration. */
export default function InsuranceAndCostPage() {
  const { selfPay } = clinic.insurance;
  return (
    <ContentArticle page={page} extraContents={[PRICES, CANCELLATION]}>
      <section>
        <h2 id={PRICES.id}>{PRICES.heading}</h2>
        <p>{selfPay.summary}</p>
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="sr-only">Self-pay prices in US dollars</caption>
          <thead>
            <tr className="border-b-2 border-line-strong">
              <th scope="col" className="py-2 pr-4">
                Service
              </th>
              <th scope="col" className="py-2 text-right">
                Price
              </th>
            </tr>
          </thead>
          <tbody>
            {selfPay.prices.map((p) => (
              <tr key={p.item} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {p.item}
                </th>
                <td className="py-2 text-right tabular-nums">{usd.format(p.price)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {selfPay.pricesNote && <p>{selfPay.pricesNote}</p>}
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
