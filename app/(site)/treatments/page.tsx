import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { treatmentsPage as page } from "@/lib/content/pages/treatments";
import { treatments } from "@/lib/content/treatments";
import { TreatmentCards } from "@/components/content/TreatmentCards";

export const metadata = pageMetadata(page);

const LIST = { id: "our-treatments", heading: "Our treatments" };

export default function TreatmentsPage() {
  return (
    <ContentArticle
      page={page}
      prelude={{
        contents: [LIST],
        sections: (
          <section>
            <h2 id={LIST.id}>{LIST.heading}</h2>
            <TreatmentCards treatments={treatments} />
          </section>
        ),
      }}
    />
  );
}
