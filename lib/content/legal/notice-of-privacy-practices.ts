/**
 * /notice-of-privacy-practices: a plain-language, HIPAA-style notice of how the clinic may use
 * and share a patient's health information and the patient's rights. The web site's own
 * handling of form answers is on /privacy (./privacy.ts).
 */
import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

const { address } = clinic;
const postalAddress = `${clinic.name}, Attention: Privacy Officer, ${address.street}${address.suite ? `, ${address.suite}` : ""}, ${address.city}, ${address.region} ${address.postalCode}`;
const EFFECTIVE_DATE = "January 1, 2026";

export const noticeOfPrivacyPracticesPage: ContentPage = {
  path: "/notice-of-privacy-practices",
  title: "Notice of Privacy Practices",
  description: `How ${clinic.name} may use and share your health information, your rights over it and how to make a privacy complaint.`,
  lead: [
    `This is a demonstration site: ${clinic.name} is a fictional clinic, and this page describes how this site is built to work. It is not a real practice's legal notice.`,
    "This notice explains how we may use and share health information about you, and how you can see and get a copy of it. Please read it carefully.",
    `This notice takes effect on ${EFFECTIVE_DATE}. How this web site handles what you send through its forms is explained in our [privacy policy](/privacy).`,
  ],
  sections: [
    {
      id: "our-duty",
      heading: "Our duty to protect your health information",
      blocks: [
        "Your health information includes your medical record, the notes we write about your care, your test results and your billing and insurance records. The law requires us to:",
        {
          list: [
            "keep your health information private;",
            "give you this notice of our legal duties and privacy practices;",
            "follow the notice that is currently in effect;",
            "tell you if a breach happens that may have put your health information at risk.",
          ],
        },
      ],
    },
    {
      id: "treatment-payment-operations",
      heading: "How we may use and share your health information",
      blocks: [
        "We usually use or share your health information in three ways. We share only what is needed for the purpose.",
        {
          list: [
            "For your treatment. We use your information to care for you, and we may share it with other people who treat you. For example, we may talk with your therapist or the clinician who referred you, or send a prescription to your pharmacy.",
            "For payment. We use and share your information to bill for your care and get paid by your health plan. For example, we may give your insurer your diagnosis and treatment plan to ask for approval (prior authorization) before treatment.",
            "For health care operations. We use your information to run the clinic, check and improve the quality of our care and train our staff. For example, we may review records to see how well we monitor people during and after sessions.",
          ],
        },
        "We may also use your contact details to remind you of appointments, in the way you asked us to contact you.",
      ],
    },
    {
      id: "people-involved-in-your-care",
      heading: "Sharing with family and friends",
      blocks: [
        "We may share information with a family member, friend or other person who helps with your care or pays for it, such as the person who drives you home after a session. You can tell us not to, and we will follow your wishes unless there is an emergency. If you cannot tell us your wishes, for example because you are unconscious, we may share information if we believe it is in your best interest.",
      ],
    },
    {
      id: "other-uses-and-sharing",
      heading: "Other ways the law allows or requires us to share it",
      blocks: [
        "In some situations the law allows or requires us to share health information, usually only after certain conditions are met. These include:",
        {
          list: [
            "when a federal, state or local law requires it;",
            "for public health, such as reporting certain diseases or problems with medicines;",
            "to prevent or reduce a serious and imminent threat to someone's health or safety;",
            "to report suspected abuse, neglect or domestic violence to the proper authorities;",
            "to health oversight agencies, for audits, inspections and licensing;",
            "in response to a court order, or to a subpoena or other legal request when the law's conditions are met;",
            "to law enforcement in limited cases;",
            "to coroners, medical examiners and funeral directors;",
            "for workers' compensation claims;",
            "for special government functions, such as military, national security and protective services;",
            "for research that has been approved under rules that protect your privacy.",
          ],
        },
        "Companies that do work for us, such as a billing service, may see health information to do that work. They must sign a contract promising to protect it.",
      ],
    },
    {
      id: "extra-protections",
      heading: "Extra protections for some records",
      blocks: [
        "Some kinds of health information have more protection under federal or state law than this notice describes. Where those laws apply, we follow the stricter rule.",
        "Records of substance use disorder treatment that come from a program covered by federal law (42 CFR Part 2) have extra protections where they apply. For example, in general, they cannot be used in a civil, criminal, administrative or legislative case against you without your written consent or a court order.",
      ],
    },
    {
      id: "written-permission",
      heading: "Uses that need your written permission",
      blocks: [
        "For anything not described in this notice, we must have your written permission (an authorization) first. In particular, we need it to:",
        {
          list: [
            "share most psychotherapy notes, which are a therapist's separate notes about therapy sessions;",
            "use your information for marketing;",
            "sell your information.",
          ],
        },
        "We do not sell health information or use it for marketing. If you give us written permission, you can take it back in writing at any time. That stops future use and sharing, but it cannot undo what we already did while we had your permission.",
      ],
    },
    {
      id: "your-rights",
      heading: "Your rights",
      blocks: [
        "When it comes to your health information, you have the right to:",
        {
          list: [
            "Get a copy of your records. You can ask to see or get a paper or electronic copy of your medical and billing records. We will usually give you a copy, or a summary if you agree, within 30 days of your request. We may charge a reasonable fee based on our cost.",
            "Ask us to correct your records. If you think information in your record is wrong or missing, you can ask us to change it. We may say no, but if we do, we will tell you why in writing within 60 days.",
            "Ask for confidential communications. You can ask us to contact you in a particular way, such as only on your mobile phone, or at a different address. We will say yes to all reasonable requests.",
            "Ask us to limit what we use or share. You can ask us not to use or share certain information for treatment, payment or our operations. We do not have to agree, and we may say no if it would affect your care. If you pay for a service or item in full yourself, you can ask us not to share information about it with your health plan, and we will agree unless a law requires us to share it.",
            "Get a list of those we have shared information with. You can ask for a list of the times we shared your health information in the six years before your request, with whom we shared it and why. The list leaves out sharing for treatment, payment and operations, and some other kinds, such as sharing you asked us to do. We give one list a year free of charge; for another list within 12 months, we may charge a reasonable, cost-based fee.",
            "Get a copy of this notice. You can ask for a paper copy at any time, even if you agreed to get it electronically.",
            "Choose someone to act for you. If you have given someone medical power of attorney, or if someone is your legal guardian, that person can use your rights and make choices about your health information. We will check that the person has this authority before we act.",
            "File a complaint. If you think we have not protected your privacy rights, you can complain to us or to the federal government, as described below. We will not retaliate against you for filing a complaint.",
          ],
        },
      ],
    },
    {
      id: "how-to-use-your-rights",
      heading: "How to use these rights",
      blocks: [
        `Contact our privacy officer by phone at ${clinic.phone.main}, or write to ${postalAddress}. Some requests, such as asking for a copy of your records or a correction, need to be made in writing; we can send you a form. Please do not send health details by email.`,
      ],
    },
    {
      id: "complaints",
      heading: "How to file a complaint",
      blocks: [
        `You can file a complaint with our privacy officer by calling ${clinic.phone.main} or writing to ${postalAddress}.`,
        "You can also file a complaint with the U.S. Department of Health and Human Services Office for Civil Rights: online at [hhs.gov/ocr/complaints](https://www.hhs.gov/ocr/complaints), by phone at 1-800-368-1019 (TDD 1-800-537-7697), or by mail to 200 Independence Avenue, S.W., Washington, D.C. 20201.",
        "We will not retaliate against you in any way for filing a complaint.",
      ],
    },
    {
      id: "our-responsibilities",
      heading: "Our responsibilities",
      blocks: [
        {
          list: [
            "We are required by law to keep your health information private and protected.",
            "We will tell you promptly if a breach happens that may have put the privacy of your health information at risk.",
            "We must follow the duties and privacy practices in this notice and give you a copy of it.",
            "We will not use or share your information in ways other than those described here unless you tell us we can in writing. You can change your mind at any time by telling us in writing.",
          ],
        },
      ],
    },
    {
      id: "changes-to-this-notice",
      heading: "Changes to this notice",
      blocks: [
        "We can change the terms of this notice, and the changes will apply to all the information we have about you. The new notice will be available on request, at our office and on this web site.",
      ],
    },
    {
      id: "effective-date",
      heading: "Effective date",
      blocks: [`This notice takes effect on ${EFFECTIVE_DATE}.`],
    },
  ],
};
