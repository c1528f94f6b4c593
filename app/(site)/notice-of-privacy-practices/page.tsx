import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { noticeOfPrivacyPracticesPage as page } from "@/lib/content/legal/notice-of-privacy-practices";

export const metadata = pageMetadata(page);

export default function NoticeOfPrivacyPracticesPage() {
  return <ContentArticle page={page} callToAction={false} />;
}
