import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { safetyPage as page } from "@/lib/content/pages/safety";

export const metadata = pageMetadata(page);

export default function SafetyPage() {
  return <ContentArticle page={page} />;
}
