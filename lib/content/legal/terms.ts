/** /terms: the terms for using the web site and its two forms. */
import { CRISIS, clinic } from "@/lib/clinic";
import { veteransLine } from "../crisis";
import type { ContentPage } from "../types";

/** US state and territory names by postal code, so the governing-law clause names the state. */
const STATE_NAMES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado",
  CT: "Connecticut", DE: "Delaware", DC: "the District of Columbia", FL: "Florida", GA: "Georgia",
  HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
  LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota",
  MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
  OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island",
  SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont",
  VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  PR: "Puerto Rico", GU: "Guam", VI: "the U.S. Virgin Islands", AS: "American Samoa",
  MP: "the Northern Mariana Islands",
};
const region = clinic.address.region;
const stateName = STATE_NAMES[region] ?? region;
const governingState = stateName.startsWith("the ") ? stateName : `the State of ${stateName}`;

export const termsPage: ContentPage = {
  path: "/terms",
  title: "Terms of use",
  description: `The terms for using the ${clinic.name} web site and its appointment and insurance forms.`,
  lead: [
    `This is a demonstration site: ${clinic.name} is a fictional clinic, and this page describes how this site is built to work. It is not a real practice's legal notice.`,
    "These terms apply when you use this web site and its forms. By using the site, you agree to them. If you do not agree, please do not use the site, and call us instead.",
  ],
  sections: [
    {
      id: "information-not-medical-advice",
      heading: "Information, not medical advice",
      blocks: [
        "This site gives general information about depression and about ketamine and esketamine treatment. It is not medical advice and does not replace a conversation with a clinician who knows your history. Do not start, stop or change any medicine because of something you read here.",
        "Reading this site or sending us a form does not create a clinician-patient relationship. What is right for you can only be decided in an evaluation with a clinician.",
      ],
    },
    {
      id: "not-for-emergencies",
      heading: "Not for emergencies",
      blocks: [
        `This site and its forms are not monitored around the clock and are not for emergencies, and our clinic is not an emergency service. If you are thinking about suicide or are in crisis, call or text ${CRISIS.lifeline.number} (the ${CRISIS.lifeline.label}), or text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} If you are in immediate danger, call ${CRISIS.emergency} or go to the nearest emergency room.`,
      ],
    },
    {
      id: "appointment-requests",
      heading: "Appointment requests",
      blocks: [
        "Sending a request does not make you a patient and does not book a visit. A member of staff will contact you, and a clinician evaluation decides whether treatment is right for you. We cannot promise that any treatment will work for you.",
      ],
    },
    {
      id: "insurance-checks",
      heading: "Insurance checks",
      blocks: [
        "When we check your benefits, we pass on what your insurance company tells us. It is an estimate from your insurer, not a promise that the plan will pay. The plan decides what it pays when it receives the claim.",
      ],
    },
    {
      id: "using-the-forms",
      heading: "Using the forms fairly",
      blocks: [
        "When you use the [Request an appointment](/appointments) or [Verify insurance](/verify-insurance) form, please:",
        {
          list: [
            "give information that is true and complete, as far as you know;",
            "send only your own information, or someone else's with their permission, for example when you help a family member or when the insurance plan is in another person's name;",
            "send only what the form asks for, and only photos or scans of insurance cards in the card fields;",
            "not send automated or repeated requests, or try to get around the site's protections.",
          ],
        },
        "To protect the forms, the site limits how many requests one connection can send in a short time and turns away requests that look automated. We may ignore requests that misuse the forms.",
      ],
    },
    {
      id: "your-information",
      heading: "Your information",
      blocks: [
        "How we handle what you send us is explained in our [privacy policy](/privacy). Once you are our patient, our [Notice of Privacy Practices](/notice-of-privacy-practices) explains how we use and protect your health information.",
      ],
    },
    {
      id: "accuracy-of-the-site",
      heading: "Keeping the site correct",
      blocks: [
        "We work to keep the information on this site correct and up to date, and we review it as research and our services change. We cannot promise that every page is always complete or current, or that the site will always be available without errors or interruptions.",
      ],
    },
    {
      id: "links-to-other-sites",
      heading: "Links to other sites",
      blocks: [
        "Some pages link to other web sites, such as crisis lines, government agencies and research papers. We link to them because they may be useful, but we do not control them and are not responsible for what they say or how they handle your information. Their own terms and privacy policies apply.",
      ],
    },
    {
      id: "changes-to-these-terms",
      heading: "Changes to these terms",
      blocks: [
        "We may update these terms from time to time. When we do, we will post the new version on this page. If you keep using the site after a change, the new terms apply.",
      ],
    },
    {
      id: "governing-law",
      heading: "Governing law",
      blocks: [
        `These terms are governed by the laws of ${governingState}, where our clinic is located, and by the federal laws of the United States that apply.`,
      ],
    },
    {
      id: "questions",
      heading: "Questions",
      blocks: [`Call us at ${clinic.phone.main} or email ${clinic.email.frontDesk}.`],
    },
  ],
};
