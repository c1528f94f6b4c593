/**
 * The Research page. The page component lists every reference after these sections, so none
 * are listed here; every reference id is cited at least once on this page.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import type { ContentPage } from "../types";

export const researchPage: ContentPage = {
  path: "/research",
  title: "The research behind our care",
  metaTitle: "Research",
  description:
    "What studies of ketamine and esketamine for depression show, how strong the evidence is, and what researchers still do not know.",
  lead: [
    "Depression is common. In 2021, about 21 million adults in the United States had at least one episode of major depression[^nimh-major-depression]. For some of them, the usual treatments do not help enough. In a large study, about 1 in 3 people had not reached remission even after up to four treatments in a row[^rush-2006]. That is where ketamine has been studied most.",
    "This page sums up what the research shows, in plain words, including where it is weak. The full list of sources is at the end of the page.",
  ],
  sections: [
    {
      id: "how-to-read-the-research",
      heading: "How to read this research",
      blocks: [
        "Not all studies carry the same weight. Here is a rough guide to the kinds you will see:",
        {
          list: [
            "Randomized controlled trials give some people the treatment and others a placebo or another drug, chosen by chance. They are the fairest way to test whether a treatment helps.",
            "Reviews and meta-analyses gather many studies and look at them together. A meta-analysis pools their numbers. They are only as strong as the studies inside them.",
            "Small or open studies, where everyone knows who got what, can point to ideas worth testing, but they can easily overstate a benefit.",
            "Lab studies, often in cells or animals, can suggest how a drug might act. They do not show that it helps people.",
          ],
        },
        "Most ketamine studies for depression are small and follow people for days or weeks, not years[^naughton-2014]. Keep that in mind when you read any claim about ketamine, including ours.",
      ],
    },
    {
      id: "approved-and-off-label",
      heading: "What is approved and what is off-label",
      blocks: [
        "Esketamine nasal spray (Spravato) went through the FDA's approval process. It is approved for adults with depression that has not improved with other antidepressants, on its own (since January 2025) or with an antidepressant pill. It is also approved, along with an antidepressant pill, for adults with major depression who have suicidal thoughts or actions[^spravato-label].",
        `If you are having thoughts of suicide now, call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency. ${clinic.name} is not an emergency service.`,
        "Ketamine is approved as an anesthetic, given into a vein or a muscle[^ketalar-label]. Using it for depression, by IV infusion or injection, is off-label. The FDA has said that ketamine is not approved for any psychiatric condition and has warned about compounded ketamine used at home without monitoring[^fda-compounded-ketamine-2023]. Of the ketamine routes, IV has been studied the most.",
      ],
    },
    {
      id: "what-the-studies-show",
      heading: "What the studies show overall",
      blocks: [
        "Reviews of the research on depression that has not responded to other treatments describe a similar picture[^serafini-2014][^katalinic-2013]:",
        {
          list: [
            "In placebo-controlled trials, about half of people had a clear response in the first days after one dose, meaning their symptoms dropped by at least half[^han-2016]. Earlier, smaller studies without a placebo reported higher rates[^katalinic-2013].",
            "Some reached remission, meaning few or no symptoms for a time. Others improved only partly.",
            "Some people did not respond at all.",
          ],
        },
        "The effect can start fast. A meta-analysis that pooled placebo-controlled trials in unipolar and bipolar depression found that ketamine eased depression more than a placebo in the days after treatment[^romeo-2015].",
        "After a single infusion, relief often faded within a few days to about 2 weeks[^hasselmann-2014]. That is why treatment is usually given as a series of sessions, sometimes followed by maintenance sessions. How long the benefit lasts after a series differs from person to person.",
        "Ketamine has also been studied for PTSD, anxiety, OCD, eating disorders and substance use. A broad review found weaker evidence for these than for depression. As in depression, the benefits it found tended to be short-lived[^walsh-2021]. For long-lasting pain, a meta-analysis found a small benefit that lasted up to about 2 weeks[^orhurhu-2019]. Read what this means for each condition on our [conditions page](/conditions).",
        "Side effects in these studies were mostly brief and happened during or soon after a dose, such as feeling detached, dizziness, nausea and a rise in blood pressure[^katalinic-2013]. See our [safety page](/safety) for more.",
      ],
    },
    {
      id: "suicidal-thoughts",
      heading: "Ketamine and suicidal thoughts",
      blocks: [
        {
          note: `If you are thinking about suicide, do not wait for an appointment. Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label} at any hour[^988-lifeline]. In an emergency, call ${CRISIS.emergency} or go to the nearest emergency room. ${clinic.name} is not an emergency service.`,
        },
        "In a small study, suicidal thoughts dropped within hours of a ketamine infusion[^thakurta-2012]. Esketamine is approved for adults with major depression and suicidal thoughts or actions. But its label says it has not been shown to prevent suicide or suicidal acts, and it does not replace hospital care when that is needed[^spravato-label].",
        "Researchers urge caution. The drop in suicidal thinking was measured over a short time, and it is not yet known whether it lowers the risk of suicide over months or years[^rajkumar-2015]. Anyone treated for depression with suicidal thoughts needs a safety plan and ongoing care.",
      ],
    },
    {
      id: "how-it-may-work",
      heading: "How ketamine may work",
      blocks: [
        "Most antidepressant pills act on serotonin and norepinephrine, which carry signals between brain cells. Ketamine acts differently. It blocks a receptor for glutamate, another signal carrier, called the NMDA receptor[^naughton-2014].",
        "Researchers think this may set off a chain of changes that help brain cells form new connections. There are competing ideas about exactly how the chain starts[^miller-2016].",
        "Most of this evidence comes from lab studies in cells and animals. It is a useful guide for research, but it does not yet explain why ketamine helps some people and not others.",
      ],
    },
    {
      id: "what-is-still-unknown",
      heading: "What is still unknown",
      blocks: [
        {
          list: [
            "Long-term safety. Most studies followed people for days or weeks, not years. Heavy, repeated use outside medical care has been linked to bladder damage, raised liver enzymes and memory problems, so the long-term effects of treatment need more study[^katalinic-2013].",
            "The best long-term plan. How often to give maintenance sessions, and for how long, has not been settled by research[^hasselmann-2014].",
            "Who will respond. No test can yet tell in advance who will benefit. Brain scans and brain-wave (EEG) measurements are being studied as possible markers, but the studies are small and early, and these are research tools, not clinical tests[^vasavada-2016][^baskaran-2012].",
          ],
        },
        "Because so much is still open, we check how you are doing at every visit and tell you plainly if treatment is not helping. Read about [who may be a good fit](/conditions) or [what to expect](/what-to-expect).",
      ],
    },
    {
      id: "other-treatments",
      heading: "Other treatments for depression",
      blocks: [
        "Ketamine is one option among several. These are the sources we use when we write about the others:",
        {
          list: [
            "Depression is a treatable illness. Medicine, talk therapy or both help many people, and brain stimulation is an option when they have not helped enough[^nimh-depression][^nimh-brain-stimulation].",
            "Many people need more than one try. In a large U.S. study, about a third of people reached remission with the first medicine the study gave them[^rush-2006]. Over up to four steps, about two in three did, though each later step helped fewer people[^rush-2006].",
            "In trials that compared them directly, talk therapy and antidepressant medicine helped about equally well overall[^cuijpers-2013].",
            "When the first treatments have not helped enough, a national guideline lists next steps: a higher dose, a different medicine, an added medicine, talk therapy, or ECT[^nice-depression-2022].",
            "A review of the trials found that ECT works well in the short term and is probably more effective than medicine[^uk-ect-review-group-2003]. Memory problems are its best-known side effect[^nimh-brain-stimulation].",
            "Transcranial magnetic stimulation (TMS) is usually given on weekdays for 4 to 6 weeks[^perera-2016]. In trials, it helped more people than a sham treatment, but most people did not reach remission[^berlim-2014].",
            "Ketamine swallowed as a tablet or lozenge reaches the blood poorly, perhaps a fifth to a quarter of the dose, and there are only a few small trials of it for depression[^andrade-2019].",
          ],
        },
        "Read more about these options on [other treatments for depression](/other-treatments).",
      ],
    },
  ],
};
