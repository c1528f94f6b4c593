/**
 * The What to expect page: the evaluation, getting ready, a treatment session, going home and
 * the days between sessions. Rules that belong to the clinic come from lib/clinic.ts.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const whatToExpectPage: ContentPage = {
  path: "/what-to-expect",
  title: "What to expect",
  description:
    "What happens at your evaluation, how to get ready for a session, what a session feels like, and how to get home safely afterward.",
  lead: [
    "Knowing what will happen can make a first visit feel less daunting. This page walks you through it, from the first evaluation to the days between sessions.",
    `Every session at ${clinic.name} happens in the clinic, with staff close by the whole time. You will always need a ride home.`,
  ],
  sections: [
    {
      id: "before-your-first-visit",
      heading: "Before your first visit",
      blocks: [
        "You do not need a referral to book. You do need an evaluation with one of our clinicians before any treatment. It takes about 60 to 90 minutes.",
        "At the evaluation, the clinician asks about your depression, what you have tried, your physical health and your goals. We check your blood pressure and go over any reasons treatment might not be safe for you. If we think ketamine is not a good fit, we tell you honestly and help you think about [other options](/other-treatments).",
        "It helps to bring:",
        {
          list: [
            "a list of every antidepressant you have tried, with the dose and how long you took it, and whether it helped",
            "a list of all the medicines and supplements you take now, including sleep aids, pain medicines and stimulants",
            "the name and contact details of your current prescriber, therapist or primary care clinician",
            "any other mental health diagnoses, any history of heart disease, high blood pressure, stroke or substance use, and whether you are pregnant or breastfeeding",
            "your insurance card and photo ID",
          ],
        },
        "With your permission, we may contact your current prescriber to plan your care together. We add to your care; we do not replace it.",
        "Questions about coverage? See [insurance and cost](/insurance-and-cost), or [ask us to check your benefits](/verify-insurance).",
      ],
    },
    {
      id: "preparing-for-a-session",
      heading: "Getting ready for a session",
      blocks: [
        "What to do before a session depends on the treatment. Your clinician will give you written instructions, and those come first.",
        `For IV or intramuscular ketamine: ${clinic.policies.fasting}`,
        "For esketamine nasal spray (Spravato), the medicine's label sets these rules[^spravato-label]:",
        {
          list: [
            "do not eat for at least 2 hours before your dose, because nausea and vomiting can happen",
            "do not drink anything for at least 30 minutes before your dose",
            "if you use a steroid nasal spray or a decongestant nasal spray, use it at least 1 hour before your dose",
          ],
        },
        "For every treatment:",
        {
          list: [
            "take your usual medicines unless your clinician tells you otherwise, and do not stop any medicine on your own",
            "avoid alcohol, cannabis and other drugs on the day of treatment, and tell us about anything you have taken",
            "arrange your ride home before you come, and keep the rest of the day free",
            "wear comfortable clothes; a short-sleeved top makes it easier to check blood pressure or place an IV",
            "if you feel unwell, have a fever or are newly pregnant, call us before you come",
          ],
        },
      ],
    },
    {
      id: "during-a-session",
      heading: "During a session",
      blocks: [
        "You rest in a reclining chair in a quiet, private room. The lights can be dimmed, and you are welcome to bring headphones, an eye mask or your own music.",
        "Before the dose, a nurse checks your blood pressure, pulse and oxygen level. They check again during and after the session. A member of staff stays close by the whole time, and you can tell them at any point if you feel uneasy.",
        "Many people notice changes while the medicine is working. Common ones include:",
        {
          list: [
            "feeling detached, dreamy or as if you are watching yourself",
            "time passing strangely, or changes in how things look or sound",
            "drowsiness or dizziness",
            "nausea",
            "numbness or tingling",
          ],
        },
        "In the esketamine label's trials, 61% to 84% of people on esketamine had some of this detachment, called dissociation, on a rating scale used after each dose[^spravato-label]. These feelings usually fade within an hour or two. Blood pressure also goes up for a while; we watch it until it settles.",
        "Each treatment page explains its own session: [esketamine nasal spray](/treatments/esketamine-nasal-spray#how-a-session-goes), [IV ketamine](/treatments/iv-ketamine-infusion#how-a-session-goes), [intramuscular ketamine](/treatments/intramuscular-ketamine#how-a-session-goes) and [ketamine-assisted psychotherapy](/treatments/ketamine-assisted-psychotherapy#how-a-session-goes).",
      ],
    },
    {
      id: "after-a-session",
      heading: "After a session",
      blocks: [
        "You stay with us until the effects have worn off and your signs are steady. How long that takes depends on the treatment:",
        {
          list: [
            "IV ketamine: the infusion takes about 40 to 60 minutes, then you rest for about 30 to 60 minutes more. Plan on about 2 hours in the clinic.",
            "Esketamine nasal spray: you stay for at least 2 hours after your dose, and longer if needed, until a clinician decides you are ready to leave[^spravato-label]. Plan on about 2.5 to 3 hours in all.",
            "Intramuscular ketamine: you rest until the effects have passed and a clinician checks you. Plan on about 2 hours in all.",
            "Ketamine-assisted psychotherapy: plan on about 3 hours, with your therapist there throughout.",
          ],
        },
        "Before you leave, a nurse checks your blood pressure again and makes sure you are alert and steady on your feet. You then go home with the person who is driving you.",
        "Some people feel tired or a little foggy for the rest of the day. Others feel fine. Both are normal.",
      ],
    },
    {
      id: "driving-and-bringing-someone",
      heading: "Driving home and bringing someone",
      blocks: [
        {
          note: clinic.policies.ride,
        },
        "After esketamine, do not drive or use machinery until the next day, after a night of restful sleep[^spravato-label].",
        "After any session at our clinic, go home and rest, and do not drive until the next day. For the rest of that day, also do not go to work, look after children on your own, or take on anything stressful or that needs your full attention. Plan ahead so you do not have to.",
        "The person who brings you can wait in our waiting area or come back when we call. If you cannot find anyone, tell us when you book and we will help you arrange a ride.",
      ],
    },
    {
      id: "between-sessions",
      heading: "Between sessions",
      blocks: [
        "Ketamine treatment is meant to be one part of wider care, not a treatment on its own. Many people find it helps to talk through their sessions and put any changes into daily life. This is sometimes called integration.",
        {
          list: [
            "Keep seeing your therapist, or ask us about our preparation and integration visits and [ketamine-assisted psychotherapy](/treatments/ketamine-assisted-psychotherapy).",
            "Keep taking your usual medicines unless your clinician says otherwise.",
            "Notice how you feel from day to day. Some people write it down. We will ask at each visit.",
            "Keep your next appointment even if you feel better. Your clinician decides with you when to change the schedule.",
          ],
        },
        "For sleep, alcohol and cannabis, driving, your other care and who to call about side effects, see [between sessions](/between-sessions).",
        `Call us at ${clinic.phone.main} if your mood gets worse, you feel more anxious or agitated, you cannot sleep, or you notice anything that worries you. Please do not wait for your next visit to tell us.`,
        {
          note: `${clinic.name} is not an emergency service. If you have thoughts of suicide or feel you might harm yourself, call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}, any time[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} If you are in danger right now, call ${CRISIS.emergency} or go to the nearest emergency room.`,
        },
      ],
    },
    {
      id: "checklist-for-the-day",
      heading: "A checklist for treatment day",
      blocks: [
        {
          steps: [
            "The day before: confirm your ride home, and keep your treatment day free of work, childcare and driving.",
            "On the morning: follow your eating and drinking instructions for your treatment, and take your usual medicines unless told otherwise.",
            "For esketamine: use any steroid or decongestant nasal spray at least 1 hour before your appointment time.",
            "Bring your medicine list, your phone, and anything that helps you relax, such as headphones or an eye mask.",
            "Arrive a few minutes early so you are not rushed. Tell the nurse about any changes in your health or medicines since your last visit.",
            "After the session, rest until staff say you are ready, then go home with your ride.",
            "Take it easy for the rest of the day, and do not drive until the next day. After esketamine, wait until you have had a night of restful sleep.",
            "Call us if anything worries you before your next visit.",
          ],
        },
        `Need to cancel or move a session? ${clinic.policies.cancellation}`,
        "More questions? See our [FAQ](/faq) or [contact us](/contact). Ready to start? [Request an appointment](/appointments).",
      ],
    },
  ],
};
