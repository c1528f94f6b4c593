/**
 * The Between sessions page: the rest of treatment day, driving, sleep, alcohol and other
 * drugs, keeping the rest of someone's care going, and who to call about side effects. The
 * clinic's phone number and the crisis lines come from lib/clinic.ts, never typed here.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const betweenSessionsPage: ContentPage = {
  path: "/between-sessions",
  title: "Between sessions: looking after yourself",
  metaTitle: "Between sessions",
  description:
    "How to look after yourself between ketamine or esketamine sessions: rest, driving, sleep, alcohol and cannabis, your other care, and who to call.",
  lead: [
    "What you do between sessions matters too. This page covers the rest of treatment day, driving, sleep, alcohol and other drugs, keeping your other care going, and when to call us.",
    "Your clinician may give you instructions of your own. If they differ from this page, follow theirs.",
  ],
  sections: [
    {
      id: "rest-of-treatment-day",
      heading: "The rest of treatment day",
      blocks: [
        "Most side effects, such as feeling detached, dizzy or sick, fade within an hour or two of a session[^katalinic-2013]. Even so, many people feel tired or a little foggy for the rest of the day. Plan to go straight home and take it easy.",
        "For the rest of treatment day, please do not:",
        {
          list: [
            "drive, ride a bike or use machinery or power tools",
            "go back to work, or do anything that needs your full attention",
            "look after children or anyone else on your own",
            "make big decisions or sign important papers",
            "drink alcohol or use cannabis or other drugs",
          ],
        },
        "It helps to have someone with you for the evening, at least after your first few sessions. Eat something light when you feel ready, and drink water.",
      ],
    },
    {
      id: "driving",
      heading: "Driving",
      blocks: [
        {
          note: clinic.policies.ride,
        },
        "After any session, do not drive until the next day. After esketamine nasal spray (Spravato), do not drive or use machinery until the next day, and only after a night of restful sleep[^spravato-label].",
        "If you still feel dizzy, drowsy or not like yourself the next morning, do not drive. Wait until you feel fully alert, and call us to let us know.",
        "Whoever drives you home can read our [note for the person driving you](/faq#driving-someone-home).",
      ],
    },
    {
      id: "sleep",
      heading: "Sleep",
      blocks: [
        "Good sleep helps your mood and helps you get the most out of treatment. Try to keep regular times for going to bed and getting up, even on days off.",
        "Some people sleep more on the night after a session, and that is fine. But poor sleep that goes on, or sleeping much more than usual, can be a sign that depression is getting worse[^nimh-depression]. Tell us if you have slept badly for several nights in a row.",
        "Please do not take extra sleeping pills or sedatives without checking with us first. They add to the sleepiness that ketamine and esketamine can cause, and together they can slow your breathing[^spravato-label].",
      ],
    },
    {
      id: "alcohol-cannabis-and-other-drugs",
      heading: "Alcohol, cannabis and other drugs",
      blocks: [
        "Do not drink alcohol on the day of a session, either before it or in the evening after it. Alcohol adds to the sleepiness that ketamine and esketamine cause, and together they can slow your breathing[^spravato-label].",
        "Do not use cannabis or any other drugs on treatment days. On other days, please tell us honestly what you use and how much. We will not judge you. We ask so that we can keep your sessions safe and make sense of how you are feeling.",
        "Never take ketamine from any other source between sessions. We give every dose here, with staff watching over you. The FDA has warned about the risks of ketamine taken at home without monitoring[^fda-compounded-ketamine-2023].",
        "If you find you are drinking or using drugs to cope, tell us or your doctor. It is common, and there is help.",
      ],
    },
    {
      id: "keep-your-other-care-going",
      heading: "Keep your other care going",
      blocks: [
        "Ketamine treatment works best as one part of your wider care, not on its own.",
        {
          list: [
            "Keep taking your usual medicines, unless your clinician tells you otherwise. Esketamine is often given along with an antidepressant pill[^spravato-label].",
            "Do not stop or change an antidepressant on your own, even if you feel better. Stopping suddenly can cause problems, so plan any change with your prescriber[^nimh-depression].",
            "Keep seeing your therapist. Many people find it helps to talk through their sessions and turn what they notice into changes in daily life. Ask us about our preparation and integration visits and [ketamine-assisted psychotherapy](/treatments/ketamine-assisted-psychotherapy).",
            "Keep your prescriber and primary care clinician up to date. With your permission, we send them updates too.",
            "Tell us about any new medicine, including ones you buy without a prescription, before your next session.",
          ],
        },
      ],
    },
    {
      id: "notice-how-you-feel",
      heading: "Notice how you feel",
      blocks: [
        "Some people feel better within hours or days of a session. Others notice change only slowly over several sessions, and some do not improve[^serafini-2014]. Relief from one session can also fade within days to a couple of weeks, which is why treatment is given as a series[^hasselmann-2014].",
        "It helps to jot down your mood, sleep and energy each day, even in a few words. We will ask how you have been at each visit, and your notes make it easier to answer.",
        "Keep your next appointment even if you feel much better. Your clinician will decide with you when to change the schedule.",
      ],
    },
    {
      id: "who-to-call",
      heading: "Side effects and who to call",
      blocks: [
        `Call us at ${clinic.phone.main} during [office hours](/contact) if:`,
        {
          list: [
            "you still feel dizzy, confused, sick or unwell the day after a session",
            "your mood is getting worse, or you feel more anxious, restless or agitated than usual",
            "you have pain or burning when you pass urine, need to go much more often, or see blood in your urine",
            "you have started a new medicine, become pregnant, or had a change in your health",
            "you are not sleeping, or you have any other worry about your treatment",
          ],
        },
        "Mood changes matter. Like other antidepressants, esketamine carries a warning that it may raise the risk of suicidal thoughts in young adults, so please tell us at once about any new or worse thoughts of suicide[^spravato-label].",
        {
          note: `${clinic.name} is not an emergency service, and our messages are not watched around the clock. If you have thoughts of suicide or feel you might harm yourself, call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}, any time[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} Call ${CRISIS.emergency} or go to the nearest emergency room if you are in danger, or have chest pain, trouble breathing, a severe headache or signs of a stroke.`,
        },
        "Read more about side effects on our [safety page](/safety), or see [what to expect](/what-to-expect) at a session.",
      ],
    },
  ],
};
