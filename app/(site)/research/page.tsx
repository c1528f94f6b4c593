import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { researchPage as page } from "@/lib/content/pages/research";

export const metadata = pageMetadata(page);

export default function ResearchPage() {
  return <ContentArticle page={page} allSources />;
}
