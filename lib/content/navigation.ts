/**
 * The site's navigation, read by the header, the footer and app/sitemap.ts, so a page that
 * can be reached is also in the sitemap (tests/e2e/pages.spec.ts walks it).
 */
import { treatments } from "./treatments";

export type NavItem = { path: `/${string}`; label: string };

export const mainNavigation: NavItem[] = [
  { path: "/treatments", label: "Treatments" },
  { path: "/what-to-expect", label: "What to expect" },
  { path: "/insurance-and-cost", label: "Insurance and cost" },
  { path: "/faq", label: "FAQ" },
  { path: "/contact", label: "Contact" },
];

/** The two forms, shown as buttons beside the main navigation. */
export const startNavigation: NavItem[] = [
  { path: "/verify-insurance", label: "Verify insurance" },
  { path: "/appointments", label: "Request an appointment" },
];

export const footerNavigation: { heading: string; items: NavItem[] }[] = [
  {
    heading: "Treatments",
    items: [
      ...treatments.map((t) => ({ path: `/treatments/${t.slug}` as const, label: t.name })),
      { path: "/treatments", label: "Compare treatments" },
    ],
  },
  {
    heading: "Learn",
    items: [
      { path: "/depression", label: "About depression" },
      { path: "/conditions", label: "Conditions we treat" },
      { path: "/other-treatments", label: "Other treatments for depression" },
      { path: "/what-to-expect", label: "What to expect" },
      { path: "/between-sessions", label: "Between sessions" },
      { path: "/safety", label: "Safety and eligibility" },
      { path: "/research", label: "Research" },
      { path: "/faq", label: "Questions and answers" },
    ],
  },
  {
    heading: "Get started",
    items: [
      { path: "/appointments", label: "Request an appointment" },
      { path: "/verify-insurance", label: "Verify insurance" },
      { path: "/insurance-and-cost", label: "Insurance and cost" },
      { path: "/about", label: "About us" },
      { path: "/contact", label: "Contact and directions" },
    ],
  },
];

export const legalNavigation: NavItem[] = [
  { path: "/privacy", label: "Privacy policy" },
  { path: "/notice-of-privacy-practices", label: "Notice of Privacy Practices" },
  { path: "/accessibility", label: "Accessibility" },
  { path: "/terms", label: "Terms of use" },
  { path: "/nondiscrimination", label: "Nondiscrimination" },
];

/** Every public page, once: the home page, then everything the navigation links to. */
export function publicPaths(): string[] {
  const all = [
    "/",
    ...mainNavigation,
    ...startNavigation,
    ...footerNavigation.flatMap((group) => group.items),
    ...legalNavigation,
  ].map((item) => (typeof item === "string" ? item : item.path));
  return [...new Set(all)];
}
