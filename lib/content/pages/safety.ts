/**
 * The Safety page: how the clinic decides whether treatment is safe for someone, who should not
 * have it, side effects, misuse, monitoring and when to call the clinic or a crisis line.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const safetyPage: ContentPage = {
  path: "/safety",
  title: "Safety and eligibility",
  description:
    `Who should not have ketamine or esketamine, the side effects to know about, how we screen and monitor you, and when to call us or ${CRISIS.lifeline.number}.`,
  lead: [
    "Ketamine and esketamine can help some people with hard-to-treat depression, but they are strong medicines with real risks. They are not safe for everyone.",
    "This page explains how we decide whether treatment is safe for you, which side effects to expect, and how we watch over you at every visit. We would rather tell you plainly than have you find out later.",
  ],
  sections: [
    {
      id: "how-we-decide",
      heading: "How we decide if treatment is safe for you",
      blocks: [
        "Everyone has a full evaluation with a clinician before any treatment. We go over:",
        {
          list: [
            "your diagnosis and the treatments you have tried, including the dose and length of each antidepressant",
            "every medicine and supplement you take",
            "your heart and blood vessel health, including your blood pressure",
            "any history of psychosis, mania or substance use",
            "whether you are pregnant, planning a pregnancy or breastfeeding",
            "who else cares for you, such as your prescriber or therapist",
          ],
        },
        "We check your blood pressure before every dose, as the esketamine label requires[^spravato-label]. If it is above 140/90, we usually wait, recheck it or move your session to another day. Sometimes we ask your primary care clinician or a heart specialist to review your health first.",
        "If we think the risks outweigh the possible benefit for you, we will say so, explain why and help you look at [other options](/other-treatments).",
      ],
    },
    {
      id: "who-should-not-have-it",
      heading: "Who should not have ketamine or esketamine",
      blocks: [
        "You should not have esketamine nasal spray (Spravato) if you have[^spravato-label]:",
        {
          list: [
            "an aneurysm or other disease of the blood vessels, in the main artery from the heart (the aorta), in the brain, or in the arms or legs",
            "an arteriovenous malformation, a tangle of blood vessels",
            "ever had bleeding in the brain",
            "had an allergic reaction to esketamine or ketamine",
          ],
        },
        "Ketamine given by IV or injection is avoided for similar reasons. It should not be used when a rise in blood pressure could be dangerous for you.",
        "These conditions need clearance from your own doctor and careful review before treatment:",
        {
          list: [
            "high blood pressure that is not under control",
            "a recent heart attack or stroke, or heart disease that is not stable",
          ],
        },
        "We also look closely at:",
        {
          list: [
            "Pregnancy and breastfeeding. Esketamine is not recommended in pregnancy because it may harm an unborn baby, and breastfeeding is not advised during treatment[^spravato-label]. Tell us if you are pregnant, trying to become pregnant or breastfeeding.",
            "Psychosis. If you have ever had psychosis, such as hearing voices or holding beliefs others do not share, we assess you carefully. We treat you only if the likely benefit clearly outweighs the risk.",
            "Substance use. Ketamine can be misused, so we ask about alcohol and drug use. An active substance use disorder usually means waiting until it is treated.",
            "Active mania. We do not treat anyone during an episode of mania.",
            "Other conditions, including bladder inflammation (cystitis), severe liver disease, raised pressure inside the skull, and raised pressure in the eye, such as some kinds of glaucoma.",
          ],
        },
        "Some medicines and substances interact with ketamine and esketamine[^spravato-label]:",
        {
          list: [
            "Sedatives, sleep aids, benzodiazepines, opioid pain medicines and alcohol add to sleepiness and can slow your breathing.",
            "Stimulants, such as ADHD medicines, and MAOI antidepressants can raise blood pressure further.",
          ],
        },
        "Please do not stop or change any medicine on your own. Your clinician will plan any change with you and your prescriber.",
        "We treat adults only. Esketamine is approved only for adults[^spravato-label].",
      ],
    },
    {
      id: "side-effects",
      heading: "Side effects",
      blocks: [
        "Most side effects happen during a session or soon after, and usually pass within a couple of hours[^katalinic-2013]. Common ones include:",
        {
          list: [
            "feeling detached or unreal, called dissociation",
            "dizziness or a spinning feeling",
            "nausea or vomiting",
            "sleepiness or tiredness",
            "numbness",
            "feeling anxious",
            "headache",
            "blurred vision",
          ],
        },
        "With esketamine, sleepiness (sedation) and dissociation are common, not rare. The label pools its 4-week trials in adults with treatment-resistant depression, where everyone also took an antidepressant pill. In them, 41% of people on esketamine reported dissociation and 23% reported sedation, against 9% each on a placebo spray[^spravato-label]. On a rating scale used after each dose, 61% to 84% of people on esketamine had some dissociation[^spravato-label]. Both are part of the label's boxed warning, which is why you stay at least 2 hours[^spravato-label].",
        "Blood pressure and heart rate rise for a while after a dose. With esketamine, the rise is usually highest about 40 minutes after the dose and settles in about 4 hours[^spravato-label]. We measure it during and after every session.",
        "Serious side effects are uncommon, but you should know about them:",
        {
          list: [
            "Deep sedation, where you become very hard to wake. In the label's trials, 0.3% of people on esketamine lost consciousness[^spravato-label].",
            "Slowed or shallow breathing (respiratory depression). Esketamine carries a boxed warning, the FDA's strongest kind, about this risk[^spravato-label]. We check your oxygen level throughout.",
            "A sharp rise in blood pressure.",
            "Suicidal thoughts. Like other antidepressants, esketamine carries a boxed warning that these medicines may raise the risk of suicidal thoughts and behavior in young adults[^spravato-label].",
          ],
        },
        {
          note: `If you have thoughts of suicide, call or text ${CRISIS.lifeline.number} at any time[^988-lifeline], or call ${CRISIS.emergency} in an emergency. ${clinic.name} is not an emergency service.`,
        },
        "Heavy, repeated use of ketamine, mostly outside medical care, has been linked to bladder damage, raised liver enzymes, memory problems and needing more to get the same effect[^katalinic-2013]. This is one reason we keep doses measured and every dose in the clinic, and ask about bladder symptoms at your visits.",
      ],
    },
    {
      id: "misuse",
      heading: "Misuse, and why every dose is given here",
      blocks: [
        "Ketamine and esketamine can be misused. Both are Schedule III controlled substances, and esketamine has a boxed warning about abuse and misuse[^spravato-label].",
        "Esketamine can only be given at certified treatment centers under a safety program called a REMS. You take the spray yourself, but in the clinic with staff watching, and you stay at least 2 hours afterward[^spravato-label]. It is never sent home.",
        "We follow the same rule for ketamine: every dose is given in the clinic, under supervision. We do not prescribe ketamine to take at home.",
        "The FDA has warned about compounded ketamine products, including pills and lozenges, used at home without monitoring for mental health conditions. It notes that ketamine is not approved for any psychiatric disorder[^fda-compounded-ketamine-2023].",
      ],
    },
    {
      id: "long-term-safety",
      heading: "Long-term safety is still being studied",
      blocks: [
        "Most studies of ketamine for depression have followed people for days or weeks, not years. Experts call for more research on long-term use and repeat treatments[^hasselmann-2014][^katalinic-2013].",
        "Because of that, we plan maintenance sessions one person at a time, use the fewest sessions that keep you well, and review the plan with you regularly. If treatment stops helping, we say so.",
      ],
    },
    {
      id: "how-we-monitor",
      heading: "How we monitor you",
      blocks: [
        "At every session:",
        {
          list: [
            "we ask how you have been since your last visit, including mood, sleep, any thoughts of suicide, and any new medicines or health changes",
            "a nurse checks your blood pressure and pulse before the dose",
            "staff stay close by, and check your blood pressure, pulse and oxygen level during and after the session",
            "you stay until the effects have worn off and a clinician decides you are ready to leave; after esketamine, that is at least 2 hours[^spravato-label]",
            "you go home with a ride, never alone",
          ],
        },
        `If thoughts of suicide come up between visits, do not wait for your next session: call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency. We are not an emergency service.`,
        "Over the course of treatment, we track your symptoms with short questionnaires. We also ask about bladder symptoms, memory and any use of alcohol or drugs. With your permission, we keep your own prescriber or therapist informed.",
        "See [what to expect](/what-to-expect) for a step-by-step guide to a visit.",
      ],
    },
    {
      id: "when-to-call",
      heading: `When to call us, and when to call ${CRISIS.lifeline.number} or ${CRISIS.emergency}`,
      blocks: [
        {
          note: `Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label} if you are thinking about suicide or are in emotional crisis[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} Call ${CRISIS.emergency} or go to the nearest emergency room if you are in danger, have chest pain, trouble breathing, a severe headache, or signs of a stroke. Our clinic is not an emergency service, and our forms and messages are not watched around the clock.`,
        },
        `Call us at ${clinic.phone.main} during office hours if:`,
        {
          list: [
            "your mood is getting worse, or you feel more anxious, restless or agitated",
            "you have pain or burning when you pass urine, or need to go much more often",
            "you still feel dizzy, confused or unwell the day after a session",
            "you have started a new medicine or become pregnant",
            "you have any question about your treatment",
          ],
        },
        "Want to know if treatment may be right for you? Read about the [conditions we treat](/conditions), compare our [treatments](/treatments) or [request an appointment](/appointments).",
      ],
    },
  ],
};
