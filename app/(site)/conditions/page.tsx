import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { conditionsPage as page } from "@/lib/content/pages/conditions";

export const metadata = pageMetadata(page);

export default function ConditionsPage() {
  return <ContentArticle page={page} />;
}
