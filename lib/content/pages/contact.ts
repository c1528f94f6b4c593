import { clinic, CRISIS } from "@/lib/clinic";
import type { ContentPage } from "../types";

/** Address, phone and hours come from lib/clinic.ts; this is the copy around them. */
export const contactPage: ContentPage = {
  path: "/contact",
  title: "Contact us",
  description: `Phone, email, address and opening hours of ${clinic.name}, with directions, parking and step-free access.`,
  lead: [
    `The quickest way to reach us is by phone during opening hours. Our front desk can answer questions, book an evaluation or help you fill in a form. Please do not send health details by email: email is not a secure way to share them.`,
  ],
  sections: [
    {
      id: "getting-here",
      heading: "Getting here",
      blocks: [
        `We are on the second floor of ${clinic.address.street} in ${clinic.address.city}. An elevator goes to every floor, and the entrance, hallways and treatment rooms are step-free.`,
        "There is free parking behind the building, with accessible spaces next to the entrance. Several bus routes stop within a short walk; call us and we will tell you which one suits you.",
        { note: clinic.policies.ride },
      ],
    },
    {
      id: "help-with-language-and-access",
      heading: "Help with language and access",
      blocks: [
        "We can arrange a qualified interpreter, including American Sign Language, free of charge. Tell us when you book, or ask at any time. If you need information in another format, such as large print, just ask. You can read more in our [accessibility statement](/accessibility) and our [nondiscrimination notice](/nondiscrimination).",
      ],
    },
    {
      id: "in-a-crisis",
      heading: "If you are in crisis",
      blocks: [
        `${clinic.name} is not an emergency service, and our phone line and forms are not watched around the clock, so please do not wait for us. If you are thinking about suicide or are in crisis, call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label} at any hour[^988-lifeline]. If you are in danger, call ${CRISIS.emergency} or go to the nearest emergency room.`,
      ],
    },
  ],
};
