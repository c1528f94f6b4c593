/** /nondiscrimination: the clinic's Section 1557 notice, free aids and language help, and how to file a grievance. */
import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

const { address } = clinic;
const coordinatorAddress = `${clinic.name}, Attention: Civil Rights Coordinator, ${address.street}${address.suite ? `, ${address.suite}` : ""}, ${address.city}, ${address.region} ${address.postalCode}`;

export const nondiscriminationPage: ContentPage = {
  path: "/nondiscrimination",
  title: "Nondiscrimination notice",
  metaTitle: "Nondiscrimination",
  description: `${clinic.name} does not discriminate. Free interpreters, other formats and language help, and how to file a civil rights grievance.`,
  lead: [
    `This is a demonstration site: ${clinic.name} is a fictional clinic, and this page describes how this site is built to work. It is not a real practice's legal notice.`,
    `${clinic.name} complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability or sex, including sex characteristics, sexual orientation, gender identity and pregnancy. We do not exclude people or treat them differently for any of these reasons.`,
  ],
  sections: [
    {
      id: "our-commitment",
      heading: "Our commitment",
      blocks: [
        "Section 1557 of the Affordable Care Act and other federal civil rights laws protect people from discrimination in health care. We follow these laws in how we welcome, evaluate, treat and bill everyone who comes to us.",
      ],
    },
    {
      id: "free-aids-and-services",
      heading: "Free aids and services for people with disabilities",
      blocks: [
        "We provide aids and services free of charge to help people with disabilities communicate with us, such as:",
        {
          list: [
            "qualified sign language interpreters;",
            "written information in other formats, such as large print, audio and accessible electronic formats.",
          ],
        },
        "Our web site is built to work with assistive technology. Our [accessibility statement](/accessibility) explains how, and how to tell us about a barrier.",
      ],
    },
    {
      id: "language-assistance",
      heading: "Free language help",
      blocks: [
        "If English is not your main language, we provide language help free of charge, such as:",
        {
          list: [
            "qualified interpreters, in person or by phone or video;",
            "information written in other languages.",
          ],
        },
        "You do not need to bring a family member or friend to interpret for you.",
      ],
    },
    {
      id: "how-to-ask",
      heading: "How to ask for these services",
      blocks: [
        `Call us at ${clinic.phone.main} and tell us what you need, and which language if you need an interpreter. It helps to tell us when you ask for an appointment, so everything is ready for your visit. You can also ask in person at our office.`,
      ],
    },
    {
      id: "file-a-grievance",
      heading: "How to file a grievance with us",
      blocks: [
        "If you believe we have failed to provide these services or have discriminated against you in another way, you can file a grievance with our civil rights coordinator:",
        {
          list: [
            `by phone at ${clinic.phone.main};`,
            `by mail to ${coordinatorAddress};`,
            `by fax to ${clinic.phone.fax};`,
            `by email to ${clinic.email.frontDesk};`,
            "in person at our office.",
          ],
        },
        "If you need help filing a grievance, our civil rights coordinator can help you. Please keep health details out of email; tell us how to reach you, and we will call you. We will not retaliate against you for filing a grievance.",
      ],
    },
    {
      id: "office-for-civil-rights",
      heading: "How to file a complaint with the federal government",
      blocks: [
        "You can also file a civil rights complaint with the U.S. Department of Health and Human Services, Office for Civil Rights:",
        {
          list: [
            "online at [hhs.gov/ocr/complaints](https://www.hhs.gov/ocr/complaints), where the complaint forms are also available;",
            "by phone at 1-800-368-1019 (TDD 1-800-537-7697);",
            "by mail to U.S. Department of Health and Human Services, 200 Independence Avenue, S.W., Room 509F, HHH Building, Washington, D.C. 20201.",
          ],
        },
      ],
    },
  ],
};
