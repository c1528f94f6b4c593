/**
 * Every patient page's running text, page by page: the content pages, each treatment and the
 * FAQ. The copy check (`npm run copy:check`) and the content tests read the site through it.
 */
import { faq, faqPage } from "./faq";
import { accessibilityPage } from "./legal/accessibility";
import { nondiscriminationPage } from "./legal/nondiscrimination";
import { noticeOfPrivacyPracticesPage } from "./legal/notice-of-privacy-practices";
import { privacyPage } from "./legal/privacy";
import { termsPage } from "./legal/terms";
import { aboutPage } from "./pages/about";
import { betweenSessionsPage } from "./pages/between-sessions";
import { conditionsPage } from "./pages/conditions";
import { contactPage } from "./pages/contact";
import { depressionPage } from "./pages/depression";
import { homePage } from "./pages/home";
import { insuranceAndCostPage } from "./pages/insurance-and-cost";
import { otherTreatmentsPage } from "./pages/other-treatments";
import { researchPage } from "./pages/research";
import { safetyPage } from "./pages/safety";
import { treatmentsPage } from "./pages/treatments";
import { whatToExpectPage } from "./pages/what-to-expect";
import { blockTexts, sectionTexts } from "./rich-text";
import { treatmentSections } from "./treatment-sections";
import { treatments } from "./treatments";
import type { ContentPage, Text } from "./types";

/** The pages made of a lead and sections, in the order of the site's navigation. */
export const contentPages: ContentPage[] = [
  homePage,
  treatmentsPage,
  depressionPage,
  conditionsPage,
  otherTreatmentsPage,
  whatToExpectPage,
  betweenSessionsPage,
  safetyPage,
  insuranceAndCostPage,
  researchPage,
  aboutPage,
  contactPage,
  privacyPage,
  noticeOfPrivacyPracticesPage,
  accessibilityPage,
  termsPage,
  nondiscriminationPage,
];

/** Each page's paragraphs and list items (not its headings), as a reader meets them. */
export function readablePages(): { path: string; texts: Text[] }[] {
  return [
    ...contentPages.map((page) => ({ path: page.path, texts: [...page.lead, ...sectionTexts(page.sections)] })),
    ...treatments.map((t) => ({
      path: `/treatments/${t.slug}`,
      texts: [...t.lead, ...treatmentSections(t).flatMap((s) => s.blocks.flatMap(blockTexts))],
    })),
    {
      path: faqPage.path,
      texts: [...faqPage.lead, ...faq.flatMap((g) => g.entries.flatMap((e) => [e.question, ...e.answer.flatMap(blockTexts)]))],
    },
  ];
}
