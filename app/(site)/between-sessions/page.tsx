import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { betweenSessionsPage as page } from "@/lib/content/pages/between-sessions";

export const metadata = pageMetadata(page);

export default function BetweenSessionsPage() {
  return <ContentArticle page={page} />;
}
