import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { accessibilityPage as page } from "@/lib/content/legal/accessibility";

export const metadata = pageMetadata(page);

export default function AccessibilityPage() {
  return <ContentArticle page={page} callToAction={false} />;
}
