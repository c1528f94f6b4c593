import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { privacyPage as page } from "@/lib/content/legal/privacy";

export const metadata = pageMetadata(page);

export default function PrivacyPage() {
  return <ContentArticle page={page} callToAction={false} />;
}
