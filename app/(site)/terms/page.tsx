import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { termsPage as page } from "@/lib/content/legal/terms";

export const metadata = pageMetadata(page);

export default function TermsPage() {
  return <ContentArticle page={page} callToAction={false} />;
}
