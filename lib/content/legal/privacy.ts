/**
 * /privacy: what this web site collects through its two forms, where it is kept, who can see
 * it and how to ask for it. Health information held once someone is a patient is covered by
 * the Notice of Privacy Practices (./notice-of-privacy-practices.ts).
 */
import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

const { address } = clinic;
const postalAddress = `${clinic.name}, ${address.street}${address.suite ? `, ${address.suite}` : ""}, ${address.city}, ${address.region} ${address.postalCode}`;

export const privacyPage: ContentPage = {
  path: "/privacy",
  title: "Privacy policy",
  description: `What ${clinic.name} collects through this site, why, who can see it, how long it is kept and how to ask for it to be deleted.`,
  lead: [
    `This is a demonstration site: ${clinic.name} is a fictional clinic, and this page describes how this site is built to work. It is not a real practice's legal notice.`,
    "This page explains what we collect through this web site, why we ask for it, where it is kept, who can see it and how to ask us to show, correct or delete it. Once you are our patient, our [Notice of Privacy Practices](/notice-of-privacy-practices) explains how we handle your health information.",
  ],
  sections: [
    {
      id: "the-short-version",
      heading: "The short version",
      blocks: [
        {
          list: [
            "We ask only for what we need to answer your request and arrange care.",
            "What you send is stored only in the clinic's own database. Your insurance numbers and card images are encrypted there.",
            "Only clinic staff who are signed in can see it, and every time they open a request, it is recorded.",
            "Our emails never contain your answers.",
            "This site has no analytics, ads, chat widgets or trackers, and it sets no cookies when you visit.",
            "We do not sell your information or use it for marketing.",
          ],
        },
      ],
    },
    {
      id: "appointment-form",
      heading: "What the appointment form collects, and why",
      blocks: [
        "When you ask for an appointment on the [Request an appointment](/appointments) form, we ask for:",
        {
          list: [
            "your name and date of birth, to tell patients apart and because we treat adults only;",
            "your phone number, email address and how you prefer to be contacted, so we can reach you;",
            "the days and times that suit you, so we call when you can talk;",
            "the treatment you are interested in, whether you are new or returning, and your referring clinician if you have one, so the right person calls you back;",
            "an optional note, for anything you want us to know before we call;",
            "your agreement that we may contact you about the request, and your confirmation that you know the form is not for emergencies.",
          ],
        },
        "We use this only to answer your request and arrange care. We do not sell it or use it for marketing.",
      ],
    },
    {
      id: "insurance-form",
      heading: "What the insurance form collects, and why",
      blocks: [
        "When you ask us to check your coverage on the [Verify insurance](/verify-insurance) form, we ask for:",
        {
          list: [
            "the patient's name, date of birth and contact details, so we can match the request to the right person and reach you with the answer;",
            "the treatment you are interested in, because what a plan pays for depends on the treatment;",
            "the type of coverage you have, or that you plan to pay for yourself (self-pay);",
            "your insurance company, plan type, member ID and group number, which your insurer needs to find your plan;",
            "the policyholder's name and date of birth when the plan is in someone else's name, such as a spouse or parent, because insurers look up plans by the policyholder;",
            "a second plan, if you have one and want us to check it too;",
            "if you choose, photos or PDFs of the front and back of your insurance cards, so staff can read the numbers correctly and see the phone numbers on the card;",
            "your agreement that we may contact your insurance company to check your benefits.",
          ],
        },
        "With your agreement, staff share your plan details with your insurance company to check your benefits. We use these details only for that check and, if you become our patient, for billing, as our [Notice of Privacy Practices](/notice-of-privacy-practices) describes. We do not sell them or use them for marketing.",
      ],
    },
    {
      id: "where-it-is-kept",
      heading: "Where it is kept and who can see it",
      blocks: [
        "What you send is stored only in the clinic's own database.",
        "Member IDs, group numbers, policyholder details and card images are encrypted in the database with AES-256, a strong, widely used standard. Only signed-in staff can see them in readable form.",
        "Only clinic staff who are signed in to the staff area can see what you sent. Staff sign in with a password and a second step (two-factor authentication). Every time someone opens a request, the system records who opened it and when, in an audit log.",
      ],
    },
    {
      id: "emails",
      heading: "What our emails say",
      blocks: [
        "Your answers are never put in emails, web addresses (URLs) or log files.",
        {
          list: [
            "The email telling staff about a new request contains a reference number and a link to the staff area, not your details. Staff must sign in to open it.",
            "The confirmation email we send you contains your reference number and what happens next, and nothing about your health or your insurance.",
          ],
        },
        "Because our emails carry only a reference number and general next steps, the email service that delivers them never sees your answers. Please do not send us health details by email either. If you need to tell us something, call us and mention your reference number.",
      ],
    },
    {
      id: "server-logs",
      heading: "What our server logs record",
      blocks: [
        "Like any web site, ours keeps technical logs so we can find and fix problems. They record events, such as a request arriving or an email being sent, with the request's reference number. They never record what you typed into a form.",
      ],
    },
    {
      id: "protecting-the-forms",
      heading: "How we protect the forms from misuse",
      blocks: [
        "To stop floods of automated requests, the site limits how many requests can come from one internet connection in a short time. It uses your connection's internet (IP) address only to count recent requests, and keeps that count only for a short time.",
        "The forms also contain a hidden field that people never see but spam programs tend to fill in. Requests with that field filled in are turned away.",
        "If the site asks you to wait before sending again, try again in a few minutes, or call us instead.",
      ],
    },
    {
      id: "no-trackers",
      heading: "No trackers and no cookies for visitors",
      blocks: [
        "This site uses no analytics, advertising pixels, chat widgets or tracking cookies, and no third-party scripts or fonts. Text is shown in fonts already on your device. Every page and file is served from the clinic's own site, so no other company learns that you visited.",
        "The site sets no cookies when you visit or send a form. The only cookie it uses is a sign-in (session) cookie for clinic staff when they sign in to the staff area.",
      ],
    },
    {
      id: "how-long-we-keep-it",
      heading: "How long we keep it",
      blocks: [
        "If your request leads to care, it becomes part of your medical record, and we keep it for as long as the law requires us to keep medical records.",
        "Requests that do not become part of a patient record are deleted after a set period, which we can tell you on request.",
      ],
    },
    {
      id: "your-choices",
      heading: "Asking to see, correct or delete your information",
      blocks: [
        `Call us at ${clinic.phone.main}. We will check that it is you, then delete your request, unless the law requires us to keep it (for example, once it has become part of a medical record). You can also call to ask what we hold about you or to correct it.`,
        `You can also write to us at ${postalAddress}, or email ${clinic.email.frontDesk}. Please do not put health details in an email: just tell us what you are asking for and how to reach you, and we will contact you.`,
      ],
    },
    {
      id: "changes-to-this-policy",
      heading: "Changes to this policy",
      blocks: [
        "If we change how this site handles your information, we will update this page.",
      ],
    },
    {
      id: "questions",
      heading: "Questions",
      blocks: [
        `If you have a question about privacy on this site, call us at ${clinic.phone.main} or write to us at ${postalAddress}.`,
      ],
    },
  ],
};
