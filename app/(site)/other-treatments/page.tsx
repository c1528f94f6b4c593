import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { otherTreatmentsPage as page } from "@/lib/content/pages/other-treatments";

export const metadata = pageMetadata(page);

export default function OtherTreatmentsPage() {
  return <ContentArticle page={page} />;
}
