import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

/**
 * The home page's copy. The page shows the treatments (lib/content/treatments.ts) after the
 * first section, and the ways to start after the lead.
 */
export const homePage: ContentPage = {
  path: "/",
  title: clinic.tagline,
  metaTitle: "Ketamine and esketamine care for depression",
  description: `${clinic.name} (a fictional demo clinic) offers ketamine and esketamine care for adults with depression that other treatments have not helped.`,
  lead: [
    `${clinic.name} is an outpatient clinic for adults with depression, especially treatment-resistant depression. That means depression that has not eased enough after at least two antidepressants, each taken at a proper dose for long enough.`,
    "No referral is needed to ask for an appointment. A clinician evaluation decides whether treatment is right for you, and we tell you plainly if it is not.",
  ],
  sections: [
    {
      id: "who-we-help",
      heading: "Who we help",
      blocks: [
        "We see adults aged 18 and over. Depression is common: in 2021, about 21 million adults in the United States had at least one episode of major depression[^nimh-major-depression]. Standard antidepressants do not help everyone: in a large U.S. study, about 1 in 3 people had not reached remission even after up to four treatments in a row[^rush-2006]. Those are the people ketamine and esketamine are mainly for. They are not a first treatment for mild depression.",
        "Some health conditions mean ketamine is not safe or should wait, for example certain blood vessel problems, uncontrolled high blood pressure, pregnancy, or an active substance use problem. Your evaluation checks for these. Read more under [safety and eligibility](/safety) and [conditions we treat](/conditions).",
      ],
    },
    {
      id: "how-to-start",
      heading: "How to start",
      blocks: [
        {
          steps: [
            "Send a request with the [appointment form](/appointments), or call us. No referral is needed. If you would like to know about cost first, [send your insurance details](/verify-insurance) and we will check your benefits.",
            `A member of our staff calls you back, usually within ${clinic.replyWithin}, at a time you choose.`,
            "A clinician evaluates you and decides with you whether treatment fits.",
            "If it does, we agree on a plan together: which treatment, the schedule and the cost, in writing, before your first session.",
          ],
        },
      ],
    },
    {
      id: "your-first-visit",
      heading: "What your first visit involves",
      blocks: [
        "Your first visit is an evaluation, not a treatment session. It takes 60 to 90 minutes with a psychiatric clinician, in person.",
        {
          list: [
            "We go through your history, the antidepressants you have tried (with doses and for how long), your other medicines and any alcohol or drug use.",
            "We check your blood pressure and ask about your heart, pregnancy and other health conditions that affect safety.",
            "We talk through the treatments that could suit you, what they involve, and their risks and costs, and answer your questions.",
            "With your permission we may work with your current prescriber or therapist. You keep seeing them during treatment.",
          ],
        },
        "Bring a list of your medicines and, if you can, the names of antidepressants you have tried. See [what to expect](/what-to-expect) for the day of a treatment session.",
      ],
    },
    {
      id: "honest-expectations",
      heading: "Honest expectations",
      blocks: [
        {
          list: [
            "Some people notice a change within hours or days. Others improve gradually over a series of sessions. Some do not respond. In studies, often about half of people respond[^han-2016].",
            "Early relief can be fast but brief, which is why treatment is given as a series[^serafini-2014]. Any maintenance is planned for you and reviewed over time.",
            "Side effects are usually brief and happen mostly during or just after a session: feeling detached or dreamlike, dizziness, nausea, drowsiness and a temporary rise in blood pressure[^katalinic-2013]. Staff stay with you and monitor you.",
            "Ketamine can be misused, so it is given only in the clinic, after screening. Long-term safety is still being studied, and we check how you are doing at every visit.",
            "You cannot drive yourself home, so bring someone to take you. Do not drive until the next day. After esketamine, wait until you have had a night of restful sleep[^spravato-label].",
            "Treatment may ease symptoms as part of ongoing care, alongside therapy and your other treatment. Its benefit can fade, and it does not replace that care.",
          ],
        },
      ],
    },
  ],
};
