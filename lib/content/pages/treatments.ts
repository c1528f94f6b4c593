import type { ContentPage } from "../types";

/** The treatments overview; the page lists each treatment (lib/content/treatments.ts) before these sections. */
export const treatmentsPage: ContentPage = {
  path: "/treatments",
  title: "Treatments we offer",
  description: "Compare IV ketamine, esketamine nasal spray, intramuscular ketamine and ketamine-assisted psychotherapy: time, monitoring and cost.",
  lead: [
    "We offer four ways of treating depression with ketamine or esketamine. All of them are given only here in the clinic, with staff watching over you, after an evaluation with one of our clinicians.",
  ],
  sections: [
    {
      id: "how-ketamine-differs",
      heading: "How ketamine differs from other antidepressants",
      blocks: [
        "Common antidepressants act on serotonin and norepinephrine. Ketamine works another way: it blocks NMDA receptors, which respond to glutamate, one of the brain's chemical messengers[^naughton-2014]. This may help brain cells form new connections, but most of that evidence comes from laboratory studies[^miller-2016].",
        "Esketamine is one of the two mirror-image forms that make up ketamine. As a nasal spray it is approved by the FDA for adults with treatment-resistant depression[^spravato-label]. Ketamine itself is approved as an anesthetic, so using it for depression is off-label: legal when a clinician prescribes it, but not an FDA-approved use.",
      ],
    },
    {
      id: "choosing-a-treatment",
      heading: "Choosing a treatment",
      blocks: [
        {
          list: [
            "Esketamine nasal spray is the FDA-approved option and is often covered by insurance after prior authorization.",
            "IV ketamine infusion is the most studied way of giving ketamine for depression, and is usually paid for by the patient.",
            "Intramuscular ketamine is an option when an IV is not practical. It has been studied less than IV ketamine.",
            "Ketamine-assisted psychotherapy combines sessions with preparation and follow-up therapy, for people who want therapy to be part of the treatment.",
          ],
        },
        "You do not have to decide alone or in advance. Choose \"Not sure yet\" when you [ask for an appointment](/appointments), and your clinician will go through the options with you at your evaluation.",
      ],
    },
    {
      id: "what-we-do-not-offer",
      heading: "What we do not offer",
      blocks: [
        "We do not prescribe ketamine to take at home, including lozenges, tablets or nasal sprays from compounding pharmacies. The FDA has warned about the risks of compounded ketamine used at home without monitoring[^fda-compounded-ketamine-2023].",
        "We do not offer TMS or ECT. If ketamine is not right for you, or has not helped, read about [other treatments for depression](/other-treatments) and how we help you find them.",
      ],
    },
  ],
};
