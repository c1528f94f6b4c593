import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { depressionPage as page } from "@/lib/content/pages/depression";

export const metadata = pageMetadata(page);

export default function DepressionPage() {
  return <ContentArticle page={page} />;
}
