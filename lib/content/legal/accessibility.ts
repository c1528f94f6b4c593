/** /accessibility: the site's accessibility goal, what is done, known limits and how to report a barrier. */
import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

const STATEMENT_DATE = "November 2026";

export const accessibilityPage: ContentPage = {
  path: "/accessibility",
  title: "Accessibility statement",
  metaTitle: "Accessibility",
  description: `How ${clinic.name} makes this site accessible, the limits we know about, and how to report a barrier or ask for an interpreter.`,
  lead: [
    `This is a demonstration site: ${clinic.name} is a fictional clinic, and this page describes how this site is built to work. It is not a real practice's legal notice.`,
    "We want everyone to be able to use this site and our clinic. This statement explains what we do, what we know still needs work and how to tell us about a problem.",
  ],
  sections: [
    {
      id: "our-goal",
      heading: "Our goal",
      blocks: [
        "We want everyone to be able to read this site and ask for an appointment, including people who use a screen reader, a keyboard, voice control or screen magnification. Our goal is to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
      ],
    },
    {
      id: "what-we-do",
      heading: "What we do",
      blocks: [
        {
          list: [
            "Pages use headings, landmarks and labelled form fields, so assistive technology can find its way.",
            "Everything works with a keyboard, and the element in focus is clearly outlined.",
            "Text and controls meet WCAG contrast ratios, and pages still work when zoomed or on a narrow screen.",
            "The whole site, including both forms, works without JavaScript, and form errors are explained next to the field they belong to.",
            "Text uses the system fonts already on your device, so nothing extra has to download before you can read.",
            "We keep motion to a minimum and respect the \"reduce motion\" setting on your device.",
            "Every page is tested automatically with axe, an accessibility checking tool, at both phone and desktop screen sizes.",
          ],
        },
        "We check pages with automated tools and by hand, but no check catches everything, and some barriers may remain.",
      ],
    },
    {
      id: "known-limitations",
      heading: "What we know still needs work",
      blocks: [
        {
          list: [
            "On the [Verify insurance](/verify-insurance) form, adding photos of your insurance card uses your device's file picker, which some people find hard to use with assistive technology. The photos are optional. You can type the numbers from your card instead, or read them to us over the phone.",
            "We are checking the site with screen readers by hand, page by page, over time. Until that is done, some pages may read less clearly than we would like. Please tell us if you find one.",
          ],
        },
      ],
    },
    {
      id: "report-a-barrier",
      heading: "Report a barrier",
      blocks: [
        `If something on this site is hard or impossible for you to use, please tell us. Call ${clinic.phone.main} or email ${clinic.email.frontDesk}. It helps if you tell us:`,
        {
          list: [
            "which page it was on, or its web address;",
            "what you were trying to do, and what happened;",
            "the device, browser and any assistive technology you use, if you know;",
            "the best way to reach you.",
          ],
        },
        `Please do not include health details in the email. We will reply within ${clinic.replyWithin}.`,
        `If you cannot use a form, you do not have to. You can always ask for an appointment, or ask us to check your insurance, by calling ${clinic.phone.main}.`,
      ],
    },
    {
      id: "interpreters-and-aids",
      heading: "Interpreters and other help, free of charge",
      blocks: [
        "If you need a sign language or spoken language interpreter, information in large print or another format, or other help to communicate with us, ask and we will arrange it at no cost to you. It helps to tell us when you ask for an appointment, so it is ready for your visit.",
        "Read more in our [nondiscrimination notice](/nondiscrimination).",
      ],
    },
    {
      id: "date-of-this-statement",
      heading: "Date of this statement",
      blocks: [`We wrote this statement in ${STATEMENT_DATE}. We update it as the site changes.`],
    },
  ],
};
