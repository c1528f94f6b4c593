import { ContentArticle } from "@/components/content/ContentArticle";
import { pageMetadata } from "@/lib/content/metadata";
import { whatToExpectPage as page } from "@/lib/content/pages/what-to-expect";

export const metadata = pageMetadata(page);

export default function WhatToExpectPage() {
  return <ContentArticle page={page} />;
}
