import { ContentArticle } from "@/components/content/ContentArticle";
import { JsonLd } from "@/components/content/JsonLd";
import { OpeningHours } from "@/components/layout/OpeningHours";
import { clinic, telHref } from "@/lib/clinic";
import { pageMetadata } from "@/lib/content/metadata";
import { contactPage as page } from "@/lib/content/pages/contact";
import { clinicJsonLd } from "@/lib/content/structured-data";
import { treatments } from "@/lib/content/treatments";

export const metadata = pageMetadata(page);

const DETAILS = { id: "phone-email-and-address", heading: "Phone, email and address" };

export default function ContactPage() {
  return (
    <>
      <JsonLd data={clinicJsonLd(treatments)} />
      <ContentArticle page={page} prelude={{ contents: [DETAILS], sections: <ContactDetails /> }} />
    </>
  );
}

function ContactDetails() {
  const { address } = clinic;
  return (
    <section>
      <h2 id={DETAILS.id}>{DETAILS.heading}</h2>
      <div className="!mt-6 grid gap-6 rounded-lg border border-line bg-surface p-5 sm:grid-cols-2 [&_p]:!mt-1">
        <div>
          <h3 className="!mt-0">Phone</h3>
          <p>
            <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>
          </p>
          <p>Fax: {clinic.phone.fax}</p>
        </div>
        <div>
          <h3 className="!mt-0">Email</h3>
          <p>
            <a href={`mailto:${clinic.email.frontDesk}`}>{clinic.email.frontDesk}</a>
          </p>
          <p className="text-sm text-ink-muted">For questions only; no health details, please.</p>
        </div>
        <div>
          <h3 className="!mt-0">Address</h3>
          <address className="!mt-1 not-italic">
            {clinic.name}
            <br />
            {address.street}
            {address.suite && <>, {address.suite}</>}
            <br />
            {address.city}, {address.region} {address.postalCode}
          </address>
        </div>
        <div>
          <h3 className="!mt-0">Opening hours ({clinic.timeZoneLabel})</h3>
          <div className="mt-1">
            <OpeningHours hours={clinic.hours} />
          </div>
        </div>
      </div>
    </section>
  );
}
