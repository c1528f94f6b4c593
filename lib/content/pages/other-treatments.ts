/**
 * The Other treatments page: what else can help when ketamine is not safe or right for
 * someone, or has not helped, and how the clinic helps them find the next step. The clinic
 * offers none of these itself, so the page describes them briefly and points to referral.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const otherTreatmentsPage: ContentPage = {
  path: "/other-treatments",
  title: "If ketamine is not for you, or does not help",
  metaTitle: "Other treatments for depression",
  description:
    "Other treatments for depression: medicine changes, talk therapy, TMS and ECT. What each involves, how well it works, and how we help you find the next step.",
  lead: [
    "Ketamine and esketamine are not safe for everyone, and they do not help everyone. If that is true for you, it is not the end of the road. Depression can be treated, and there are other options with good research behind them[^nimh-depression].",
    "This page explains the main ones in plain words: what each involves, what it can feel like, and how well it works. We do not offer these treatments ourselves, but we can help you find them.",
  ],
  sections: [
    {
      id: "why-ketamine-may-not-fit",
      heading: "Why ketamine may not be the right fit",
      blocks: [
        "There are many reasons, and none of them is a failure on your part. For example:",
        {
          list: [
            "a health reason, such as blood pressure that is not under control, a pregnancy, a history of psychosis, or an active drug or alcohol problem (see [who should not have it](/safety#who-should-not-have-it))",
            "you had a fair trial of sessions and your mood did not improve enough",
            "the side effects were too hard for you",
            "the cost, the time or the travel does not work for you",
            "you would rather try something else first",
          ],
        },
        "Many people need to try more than one treatment before one works. In a large U.S. study, about a third of people reached remission, meaning few or no symptoms, with the first medicine the study gave them[^rush-2006]. Over up to four steps of treatment, the study reported that about two in three did[^rush-2006].",
      ],
    },
    {
      id: "changing-medicines",
      heading: "Changing or adding medicines",
      blocks: [
        "If an antidepressant has not helped enough, a UK treatment guideline lists these next steps. Your prescriber may suggest one of them[^nice-depression-2022]:",
        {
          list: [
            "raising the dose of the medicine you take now",
            "switching to a different antidepressant",
            "adding a second medicine to boost the first. This is called augmentation. The added medicine may be another antidepressant, lithium or a medicine first made for psychosis. The guideline advises getting a specialist's advice for these combinations.",
          ],
        },
        "What it involves: visits with your prescriber, often every few weeks at first, to check how you feel and adjust the plan. Antidepressants take time to work, usually 4 to 8 weeks, so each step takes patience[^nimh-depression].",
        "Side effects depend on the medicine. Your prescriber can tell you what to expect. Do not stop an antidepressant suddenly or on your own. Stopping should be planned with your prescriber[^nimh-depression].",
        "Evidence: each new step helps some people. In the large U.S. study, fewer people reached remission with each later step, but some did at every step[^rush-2006].",
      ],
    },
    {
      id: "talk-therapy",
      heading: "Talk therapy (psychotherapy)",
      blocks: [
        "Talk therapy means meeting with a trained therapist to work on how you think, feel and act. Common kinds for depression include cognitive behavioral therapy (CBT), which looks at patterns of thinking and doing, and interpersonal therapy, which looks at relationships[^nimh-depression].",
        "What it involves: regular sessions, often once a week for about an hour, over several weeks or months. Many therapists also see people by video. There are no drug side effects, but talking about hard things can be tiring for a while.",
        "Evidence: in trials that compared them directly, talk therapy and antidepressants helped about equally well overall[^cuijpers-2013]. For more severe depression, a UK guideline puts the two together at the top of its list of first options. It also suggests adding therapy when a medicine has helped only partly[^nice-depression-2022].",
      ],
    },
    {
      id: "tms",
      heading: "Transcranial magnetic stimulation (TMS)",
      blocks: [
        "TMS uses a magnetic coil held against your head to stimulate a part of the brain linked to mood. You sit in a chair and stay awake. It does not need anesthesia[^nimh-brain-stimulation].",
        "What it involves: sessions usually every weekday for 4 to 6 weeks, or about 20 to 30 sessions in all[^perera-2016]. The FDA has cleared TMS devices for adults with depression that has not improved enough with an antidepressant[^perera-2016]. Because it takes so many visits, it helps to live or work near the clinic.",
        "Side effects: these are mostly mild. They include headache, discomfort on the scalp where the coil sits, twitching or tingling of muscles in the face or jaw, and feeling lightheaded for a short time. A seizure can happen, but it is uncommon[^nimh-brain-stimulation].",
        "Evidence: some trials compared TMS with a sham, a fake treatment that looks and sounds the same. A review that pooled them found that after about 13 sessions, about 29% of people responded to TMS and about 19% reached remission[^berlim-2014]. With the sham, it was 10% and 5%[^berlim-2014]. So it helps some people, but not most.",
      ],
    },
    {
      id: "ect",
      heading: "Electroconvulsive therapy (ECT)",
      blocks: [
        "ECT today is not like the shock treatment shown in old films. You are put to sleep with a general anesthetic and given a medicine to relax your muscles. A small electric current then causes a brief seizure in the brain while you sleep. You do not feel it[^nimh-brain-stimulation].",
        "What it involves: a series of treatments, often about three a week, until your mood improves. Many people need about 6 to 12 in all[^nimh-brain-stimulation]. It is given in a hospital or a specialist clinic. The treatment itself is short, but you need time to wake up and rest afterward, and someone to take you home.",
        "Side effects: the most common are headache, an upset stomach, sore muscles and memory problems[^nimh-brain-stimulation]. Memory gaps are mostly for events around the time of treatment. They usually get better in the days and weeks after the course ends, but for some people they are more serious[^nimh-brain-stimulation]. A UK guideline asks doctors to talk this risk through with you before ECT starts[^nice-depression-2022]. Many people also feel groggy or muddled for a while when they wake up, as after any anesthetic.",
        "Evidence: a review of the trials found that ECT works well in the short term, and that it is probably more effective than medicine[^uk-ect-review-group-2003]. A UK guideline suggests it for severe depression when other treatments have not helped, or when the illness is life-threatening and a fast response is needed[^nice-depression-2022].",
      ],
    },
    {
      id: "how-we-help",
      heading: "How we help you find the next step",
      blocks: [
        "If we think ketamine is not safe or right for you, or it has not helped, we tell you plainly. We will not suggest more sessions just to keep going. Then:",
        {
          list: [
            "We talk through the options on this page with you and what might suit you best.",
            "With your permission, we send a summary of your evaluation and treatment to your own prescriber or primary care clinician.",
            "We can refer you to psychiatrists, therapists and TMS or ECT programs near you, and help you make the first call.",
            "If you have no prescriber or therapist, we help you find one.",
          ],
        },
        `You can call us at ${clinic.phone.main} to talk about this, even if you have never been treated here. Want to know more about depression itself? Read [about depression](/depression).`,
        {
          note: `If you feel you cannot go on, do not wait for a referral. Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}, any time[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} If you are in danger right now, call ${CRISIS.emergency} or go to the nearest emergency room.`,
        },
      ],
    },
  ],
};
