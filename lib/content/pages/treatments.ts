import type { ContentPage } from "../types";

/** The treatments overview; the page lists each treatment (lib/content/treatments.ts) before these sections. */
export const treatmentsPage: ContentPage = {
  path: "/treatments",
  title: "Treatments we offer",
  description: "Compare IV ketamine, esketamine nasal spray, intramuscular ketamine and ketamine-assisted psychotherapy: time, monitoring and cost.",
  lead: [
    "We offer four ways to treat depression with ketamine or esketamine. Each one is given only here in the clinic, and staff watch over you the whole time. First, you meet one of our clinicians for an evaluation.",
  ],
  sections: [
    {
      id: "how-ketamine-differs",
      heading: "How ketamine differs from other antidepressants",
      blocks: [
        "Most pills for depression act on serotonin or norepinephrine. Ketamine works in a different way. It blocks NMDA receptors, which respond to glutamate, one of the brain's chemical messengers[^naughton-2014]. This may help brain cells form new links. But most of that evidence comes from lab studies[^miller-2016].",
        "Ketamine is made of two mirror-image forms, and esketamine is one of them. As a nasal spray, esketamine is FDA-approved for adults with treatment-resistant depression. It can be used on its own or with a pill for depression[^spravato-label]. Ketamine itself is approved only as an anesthetic[^ketalar-label]. So using it for depression is off-label. That is legal when a clinician prescribes it, but it is not an FDA-approved use.",
      ],
    },
    {
      id: "choosing-a-treatment",
      heading: "Choosing a treatment",
      blocks: [
        {
          list: [
            "Esketamine nasal spray is the one that is FDA-approved. Insurance often pays for it, once the plan has agreed to it in advance.",
            "IV ketamine is the most studied way to give ketamine for depression[^serafini-2014]. Most people pay for it themselves.",
            "Intramuscular ketamine is a shot into a muscle. It is an option when an IV is not practical. It has been studied less than IV ketamine.",
            "Ketamine-assisted psychotherapy adds therapy before and after each ketamine session. It is for people who want therapy to be part of the treatment.",
          ],
        },
        "You do not have to decide alone or ahead of time. Choose \"Not sure yet\" when you [ask for an appointment](/appointments). Your clinician will go through the options with you at your evaluation.",
      ],
    },
    {
      id: "what-we-do-not-offer",
      heading: "What we do not offer",
      blocks: [
        "We do not prescribe ketamine to take at home. That includes lozenges, tablets and nasal sprays from compounding pharmacies. The FDA has warned about the risks of compounded ketamine used at home with no one watching[^fda-compounded-ketamine-2023].",
        "We do not offer TMS or ECT. If ketamine is not right for you, or has not helped, read about [other treatments for depression](/other-treatments) and how we help you find them.",
      ],
    },
  ],
};
