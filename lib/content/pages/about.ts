/**
 * The About page and the team shown on it. The clinic and every person here are fictional:
 * this is a demonstration site, and the page says so.
 */
import { clinic } from "@/lib/clinic";
import { callOrText } from "../crisis";
import type { ContentPage, TeamMember } from "../types";

export const aboutPage: ContentPage = {
  path: "/about",
  title: `About ${clinic.name}`,
  metaTitle: "About us",
  description:
    "Who we are, how we work, the licenses we hold, our treatment space and the people who will care for you.",
  lead: [
    `${clinic.name} is a small outpatient clinic for adults with depression that other treatments have not helped. We offer esketamine nasal spray and ketamine treatment, always in the clinic and always with a team member close by.`,
    "We try to be plain about what these treatments can and cannot do, so you can decide with clear facts in front of you.",
  ],
  sections: [
    {
      id: "who-we-are",
      heading: "Who we are",
      blocks: [
        {
          note: `${clinic.name} is a fictional clinic, and the people named on this page are fictional too. This is a demonstration site, not a real place to get care. If you need help with depression, please talk with your own doctor or a local clinic. If you are in crisis, ${callOrText}.`,
        },
        "In this demonstration, we are an outpatient clinic. Our team is a psychiatrist, a psychiatric nurse practitioner, nurses and therapists, with a front desk team who help with scheduling and insurance. We treat adults only. We are not a hospital or an emergency service.",
      ],
    },
    {
      id: "how-we-work",
      heading: "How we work",
      blocks: [
        {
          list: [
            "Evaluation first. Every person meets with one of our clinicians before any treatment. We go over your history, your medicines and your health, and we tell you honestly if we think ketamine is not a good fit.",
            "Dosing only in the clinic. Every dose is given here, with staff watching over you and checking your blood pressure and other signs. We do not send ketamine home with anyone.",
            "Working with your own care team. With your permission, we keep your prescriber and therapist up to date and plan any medicine changes with them. We add to your care; we do not replace it.",
            "Honest about limits. Ketamine does not help everyone, and when it does, the effect can fade over time[^serafini-2014]. If treatment is not helping you, we say so and help you look at other options.",
          ],
        },
      ],
    },
    {
      id: "licenses-and-memberships",
      heading: "Licenses and memberships",
      blocks: [
        {
          list: [
            "We are a certified treatment center under the Spravato REMS, the FDA's required safety program for esketamine. Only certified centers may give it[^spravato-label].",
            "Our physician, nurse practitioner, nurses and therapists each hold a current state license for their profession.",
            "Our prescribing clinicians are registered with the Drug Enforcement Administration (DEA) to prescribe and give Schedule III medicines, which include ketamine and esketamine.",
            "Our clinicians belong to professional societies in psychiatry, nursing and social work, where they keep up with training and research.",
          ],
        },
        "Membership in a professional society is not a quality rating: the licenses and the certification listed here are what we hold.",
      ],
    },
    {
      id: "our-space",
      heading: "Our space",
      blocks: [
        `We are at ${clinic.address.street}${clinic.address.suite ? `, ${clinic.address.suite}` : ""}, in ${clinic.address.city}.`,
        {
          list: [
            "Private treatment rooms, each with a reclining chair, dimmable lights and a blanket. You can bring headphones and your own music.",
            "Step-free access from the street to the treatment rooms, with an elevator.",
            "An accessible restroom.",
            "Parking near the entrance, and public transit stops nearby.",
            "A quiet waiting area where the person driving you home can wait.",
          ],
        },
        `If you have questions about getting here, call us at ${clinic.phone.main}.`,
      ],
    },
    {
      id: "accessibility-and-language",
      heading: "Accessibility and language help",
      blocks: [
        "If you would like to talk with us in a language other than English, we will arrange an interpreter for your visits and phone calls, free of charge. This includes sign language interpreters.",
        "If you need any other help to use our services, such as large-print forms, extra time or a support person with you, tell us when you book. See our [accessibility statement](/accessibility) and our [nondiscrimination notice](/nondiscrimination).",
      ],
    },
  ],
};

/** The people shown on /about. All fictional. */
export const team: TeamMember[] = [
  {
    name: "Dr. Adaeze Fernhollow",
    credentials: "MD, board-certified psychiatrist",
    role: "Medical director",
    bio: "Dr. Fernhollow leads the clinic's medical care and sees every new patient's treatment plan. Before joining the clinic, she spent many years treating adults with long-term depression in community mental health.",
  },
  {
    name: "Tomás Everbright",
    credentials: "DNP, PMHNP-BC (board-certified psychiatric mental health nurse practitioner)",
    role: "Psychiatric nurse practitioner",
    bio: "Tomás does evaluations and follow-up visits and works closely with patients' own prescribers. He is known for explaining options in plain language and answering every question.",
  },
  {
    name: "Mei-Lin Harrowgate",
    credentials: "RN, registered nurse",
    role: "Lead treatment nurse",
    bio: "Mei-Lin stays with patients during sessions and checks their blood pressure, breathing and comfort. She previously worked in post-anesthesia recovery care.",
  },
  {
    name: "Kwabena Stillwater",
    credentials: "LCSW, licensed clinical social worker",
    role: "Therapist, ketamine-assisted psychotherapy",
    bio: "Kwabena leads preparation and follow-up therapy for ketamine-assisted psychotherapy. He has a background in cognitive behavioral therapy and trauma-informed care.",
  },
  {
    name: "Priya Larkspur-Nair",
    credentials: "LPC, licensed professional counselor",
    role: "Therapist",
    bio: "Priya offers therapy visits alongside treatment and helps patients build a plan for the weeks between sessions. She also coordinates with patients' outside therapists.",
  },
  {
    name: "Rosa Quillfeather",
    credentials: "CPB, certified professional biller",
    role: "Front desk and benefits coordinator",
    bio: "Rosa schedules visits, checks insurance benefits and prepares prior authorization requests. She is usually the first voice you hear when you call.",
  },
];
