/**
 * The Depression page: what depression is, its common signs, when to get help, that it can be
 * treated, and where to start. For readers who are not yet sure ketamine is for them, or who
 * are worried about someone else. The crisis lines come first.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { callOrText, veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const depressionPage: ContentPage = {
  path: "/depression",
  title: "Depression: the signs, getting help and where to start",
  metaTitle: "About depression",
  description:
    "The common signs of depression, when to get help, and where to start: your doctor, a therapist, a psychiatrist or our clinic. Depression can be treated.",
  lead: [
    "Depression is more than feeling sad for a few days. It is a common medical illness that affects how you feel, how you think and how you handle daily life, such as sleeping, eating or working. It is not a weakness or a personal failing, and it is not your fault.",
    "The good news is that depression can be treated, even when it is severe[^nimh-depression]. This page explains the common signs, when it is time to get help, and the different places where you can start.",
  ],
  sections: [
    {
      id: "help-now",
      heading: "If you need help right now",
      blocks: [
        {
          note: `If you are thinking about suicide or feel you might harm yourself, call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}. It is free and open day and night[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} If you are in danger right now, call ${CRISIS.emergency} or go to the nearest emergency room.`,
        },
        `${clinic.name} is not an emergency service, and our forms and messages are not watched around the clock. If you are in crisis, please do not wait for an appointment with us.`,
      ],
    },
    {
      id: "how-common",
      heading: "Depression is common",
      blocks: [
        "In 2021, about 21 million adults in the United States, or 8.3% of all adults, had at least one episode of major depression[^nimh-major-depression]. It can start at any age[^nimh-depression]. In 2021 it was most common in young adults aged 18 to 25[^nimh-major-depression].",
        "Many things can play a part, such as family history, stress, loss, trauma, other health problems and some medicines. Often there is no single cause[^nimh-depression].",
      ],
    },
    {
      id: "common-signs",
      heading: "Common signs of depression",
      blocks: [
        "Depression looks different from one person to the next, and it can change over time. Common signs include[^nimh-depression]:",
        {
          list: [
            "feeling sad, empty, hopeless or numb for much of the time, or more irritable and short-tempered than usual",
            "no longer enjoying or caring about the people, hobbies and things you used to like",
            "feeling tired or low on energy even after rest, or sleeping much more or much less than usual",
            "eating much more or much less than usual, or a change in weight that you did not plan",
            "finding it hard to focus, remember things or make everyday choices",
            "feeling worthless or guilty, or feeling like a burden to the people around you",
            "feeling restless and on edge, or moving and talking more slowly than usual",
            "headaches, stomach trouble or other aches that a check-up cannot explain",
            "thoughts of death or suicide",
          ],
        },
        "Doctors think of depression when several of these signs are there most of the day, nearly every day, for at least 2 weeks[^nimh-depression]. You do not need to have all of them. Some people mostly notice the physical signs, such as poor sleep, low energy or aches, rather than sadness.",
        `If you are having thoughts of suicide, please do not wait: ${callOrText}.`,
        "Some health problems, such as a thyroid problem, and some medicines can cause signs like these. A health check can rule them out[^nimh-depression].",
      ],
    },
    {
      id: "when-to-get-help",
      heading: "When to get help",
      blocks: [
        "It is time to reach out to a health professional if any of these are true for you:",
        {
          list: [
            "signs like the ones above have lasted for 2 weeks or more",
            "they make it hard to work, study, look after yourself or spend time with other people",
            "you have started using alcohol or drugs to get through the day",
            "people close to you have told you they are worried about you",
            "a treatment that used to help you has stopped working",
          ],
        },
        `If you have thoughts of death or suicide, get help the same day. Call or text ${CRISIS.lifeline.number} at any hour, or call ${CRISIS.emergency} if you are in danger.`,
        "Getting help early is worth it, and you do not have to wait until things feel very bad before you ask.",
      ],
    },
    {
      id: "it-can-be-treated",
      heading: "Depression can be treated",
      blocks: [
        "Most people with depression are treated with medicine, talk therapy or both[^nimh-depression]. Treatment takes time. Antidepressants usually take 4 to 8 weeks to work[^nimh-depression]. Talk therapy also takes a number of sessions.",
        "It is common to need more than one try. In a large U.S. study, about a third of people reached remission, meaning few or no symptoms, with the first medicine the study gave them[^rush-2006]. More did with later steps[^rush-2006]. If the first treatment does not help, that does not mean nothing will.",
        "When medicine and therapy have not helped enough, there are other options. These include brain stimulation treatments such as TMS and ECT[^nimh-brain-stimulation], and ketamine or esketamine. Read about [other treatments for depression](/other-treatments) and the [treatments we offer](/treatments).",
      ],
    },
    {
      id: "where-to-start",
      heading: "Where to start",
      blocks: [
        "There is no wrong door, so start wherever feels easiest for you. Any of these people can help you take the first step:",
        {
          list: [
            "Your primary care clinician. Your usual doctor, nurse practitioner or physician assistant can check for other health causes, start treatment and refer you on to others. Many people start here.",
            "A therapist or counselor. A psychologist, licensed counselor or clinical social worker can offer talk therapy. Your insurance plan can give you a list of the therapists it covers near you.",
            "A psychiatrist. A psychiatrist is a medical doctor who specializes in mental health and can prescribe medicines. Seeing one can help if your depression is severe or has not improved with treatment.",
            "Our clinic. If you have tried at least two antidepressants and still do not feel well enough, you can [request an evaluation](/appointments) with us. No referral is needed. See [conditions we treat](/conditions).",
          ],
        },
        "Before your first visit, it can help to write down your signs, how long you have had them and any treatments you have already tried, and to take that list with you.",
        `Not sure where to start? Call us at ${clinic.phone.main}. Even if our treatments are not right for you, we can help you think about your next step.`,
      ],
    },
    {
      id: "helping-someone",
      heading: "If you are worried about someone else",
      blocks: [
        "You can make a real difference to someone with depression[^nimh-depression]:",
        {
          list: [
            "Tell them what you have noticed, kindly and without blame, and then listen without trying to fix everything.",
            "Encourage them to see a doctor or therapist, and offer to help them make the appointment or to go with them.",
            "Keep in touch and keep inviting them to do things, even if they often say no.",
            "Take any talk of suicide seriously, and do not agree to keep it a secret.",
          ],
        },
        `If you think someone may act on thoughts of suicide, stay with them if it is safe, and call or text ${CRISIS.lifeline.number} for advice. If they are in danger right now, call ${CRISIS.emergency}.`,
        "Looking after someone with depression can be tiring and worrying, so it is fine to get support for yourself as well.",
      ],
    },
    {
      id: "small-steps",
      heading: "Small steps that can help alongside treatment",
      blocks: [
        "These steps are not a replacement for treatment, but many people find that they help while treatment takes effect[^nimh-depression]:",
        {
          list: [
            "Keep a simple daily routine, with regular times to get up, eat and go to bed.",
            "Try to be active for a little while each day, even if it is only a short walk.",
            "Spend some time with people you trust, and tell them how you are feeling.",
            "Break large tasks into small ones, and set goals that you can reach.",
            "If you can, put off big life decisions, such as changing jobs, until you feel better.",
            "Go easy on alcohol and avoid drugs. If you find that you are using them to cope, tell your doctor.",
          ],
        },
        "Recovery is usually gradual. Good days and bad days can come and go before things feel steadier.",
      ],
    },
  ],
};
