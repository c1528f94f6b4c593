import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { nondiscriminationPage as page } from "@/lib/content/legal/nondiscrimination";

export const metadata = pageMetadata(page);

export default function NondiscriminationPage() {
  return <ContentArticle page={page} callToAction={false} />;
}
