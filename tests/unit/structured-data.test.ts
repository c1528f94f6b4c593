/** The schema.org data search engines read says what the pages and the clinic's configuration say. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { JsonLd } from "@/components/content/JsonLd";
import { clinic } from "@/lib/clinic";
import { faq } from "@/lib/content/faq";
import { clinicJsonLd, faqJsonLd, therapyJsonLd } from "@/lib/content/structured-data";
import { treatments } from "@/lib/content/treatments";

describe("structured data", () => {
  it("describes the clinic with its configured address, phone, hours and treatments", () => {
    const data = clinicJsonLd(treatments) as unknown as Record<string, any>;
    expect(data["@type"]).toBe("MedicalClinic");
    expect(data.telephone).toBe(clinic.phone.main);
    expect(data.url).toBe(clinic.url);
    expect(data.address).toMatchObject({
      addressLocality: clinic.address.city,
      addressRegion: clinic.address.region,
      postalCode: clinic.address.postalCode,
    });
    expect(data.address.streetAddress).toContain(clinic.address.street);
    expect(data.openingHoursSpecification).toHaveLength(clinic.hours.length);
    expect(data.openingHoursSpecification[0]).toMatchObject({ dayOfWeek: expect.arrayContaining(["Monday", "Friday"]), opens: "08:00" });
    expect(data.availableService.map((s: { url: string }) => s.url)).toEqual(
      treatments.map((t) => `${clinic.url}/treatments/${t.slug}`),
    );
  });

  it.each(treatments.map((t) => [t.slug, t] as const))("describes %s as a MedicalTherapy with its page's name and status", (_slug, t) => {
    const data = therapyJsonLd(t) as unknown as Record<string, string>;
    expect(data).toMatchObject({ "@type": "MedicalTherapy", name: t.name, description: t.description, legalStatus: t.schema.status });
  });

  it("lists every FAQ question once, with answers in plain text (no link or citation marks)", () => {
    const data = faqJsonLd(faq) as unknown as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    const questions = faq.flatMap((g) => g.entries.map((e) => e.question));
    expect(data.mainEntity.map((q) => q.name)).toEqual(questions);
    for (const q of data.mainEntity) {
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
      expect(q.acceptedAnswer.text).not.toMatch(/\[\^|\]\(/);
    }
  });

  it("is inlined so that no text in it can close its script tag, and still parses to the same data", () => {
    const data = faqJsonLd([{ heading: "x", entries: [{ id: "x", question: "</script><script>alert(1)</script>", answer: ["An answer."] }] }]);
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    const inner = /<script type="application\/ld\+json">([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(inner)).toEqual(data);
  });
});
