/**
 * Questions people ask before and during care, shown on /faq. Each entry's id is its fragment:
 * /faq#<id>. Answers are short; each links to the page that says more.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { callOrText, veteransLine } from "./crisis";
import type { ContentPage, FaqGroup } from "./types";

/** The FAQ page's own copy; its questions are `faq` below (each page section is a group). */
export const faqPage: Omit<ContentPage, "sections"> = {
  path: "/faq",
  title: "Questions and answers",
  description: "Straight answers about ketamine and esketamine treatment: how it works, safety, visits, driving, cost and insurance.",
  lead: ["Select a question to see its answer. If yours is not here, call us: we would rather you ask than guess."],
};

export const faq: FaqGroup[] = [
  {
    heading: "About the treatment",
    entries: [
      {
        id: "is-it-fda-approved",
        question: "Is ketamine FDA-approved for depression?",
        answer: [
          "Esketamine nasal spray (Spravato) is. The FDA approved it for adults with depression that has not improved after other antidepressants. It is also approved, along with an antidepressant pill, for adults with major depression who are having suicidal thoughts or actions[^spravato-label].",
          `If you are having thoughts of suicide now, call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency. ${clinic.name} is not an emergency service.`,
          "Ketamine itself is approved as an anesthetic, not for depression. When a clinician uses it for depression, as an IV infusion or an injection, that is called off-label use. Off-label use is legal when a licensed clinician prescribes it. But the FDA has not approved ketamine for any mental health condition[^fda-compounded-ketamine-2023].",
          "Read more on our [treatments page](/treatments).",
        ],
      },
      {
        id: "how-fast-does-it-work",
        question: "How fast does it work?",
        answer: [
          "It differs from person to person. Some people notice a change within hours or a day of a session. Others improve slowly over a series of sessions. Some people do not improve at all[^serafini-2014].",
          "In studies, relief from a single IV infusion often faded within a few days to about 2 weeks, which is why treatment is given as a series[^hasselmann-2014]. Your clinician checks how you are doing at each visit.",
        ],
      },
      {
        id: "how-many-sessions",
        question: "How many sessions will I need?",
        answer: [
          "It depends on the treatment and on how you respond. Your clinician will suggest a plan after your evaluation and review it with you as you go.",
          {
            list: [
              "IV ketamine: a first series is often about six infusions over two to three weeks. If it helps, some people then come back for single sessions every few weeks or months.",
              "Esketamine nasal spray: the label sets the schedule for treatment-resistant depression. It starts with two sessions a week for four weeks, then one a week for four weeks, then one every week or every two weeks. Whether it is helping is judged around week four. For depression with suicidal thoughts, the label sets two sessions a week for four weeks[^spravato-label].",
              "Intramuscular ketamine and ketamine-assisted psychotherapy: your clinician plans a series with you. There is less research to guide how many sessions to give.",
              "Maintenance sessions are planned one person at a time and reviewed regularly. There is little long-term research on them.",
            ],
          },
        ],
      },
      {
        id: "what-if-it-does-not-work",
        question: "What if it doesn't work for me?",
        answer: [
          "That can happen. In studies, some people did not respond to ketamine at all[^katalinic-2013]. It is not a failure on your part.",
          "If you are not improving after a fair trial, your clinician will tell you so plainly and will not suggest more sessions just to continue. We will talk through other options with you and your own prescriber, such as a change of medicine, talk therapy, TMS or ECT. We can refer you to someone who offers them and help you make the first call.",
          "Read about [other treatments for depression](/other-treatments): what each involves, how well it works and its side effects.",
          `It is hard when a treatment you hoped for does not help. If you feel hopeless or have thoughts of suicide, ${callOrText}.`,
        ],
      },
      {
        id: "will-i-feel-out-of-control",
        question: "Will I feel out of control during a session?",
        answer: [
          "Many people feel detached or dreamlike during a session. Time, sounds or what you see may seem different. This is called dissociation. It is common and usually passes within an hour or two[^spravato-label].",
          "You are never alone. Staff stay close by, check on you and watch your blood pressure and other signs the whole time. You can tell them at any point if you feel uneasy. See [what to expect](/what-to-expect) for more.",
        ],
      },
      {
        id: "take-home-ketamine",
        question: "Can I take ketamine at home, as lozenges or tablets?",
        answer: [
          "No. We do not prescribe ketamine lozenges, tablets or sprays to take at home. Every dose is given here, with staff watching over you. Esketamine can only be given at a certified treatment center, where you stay at least 2 hours after each dose[^spravato-label].",
          "Ketamine taken by mouth, as a lozenge (troche) or a tablet, reaches the blood poorly. Perhaps only a fifth to a quarter of a swallowed dose gets there, and how much may differ from person to person[^andrade-2019]. Only a few small trials have tested it for depression[^andrade-2019]. So the dose you really get is hard to predict.",
          "Lozenges and tablets for home use are made by compounding pharmacies. Compounded drugs are not FDA-approved, so the FDA has not checked their safety, quality or how well they work. On October 10, 2023, the FDA warned about compounded ketamine, including forms taken by mouth, for mental health conditions. It said that taking it at home, with no one monitoring you, adds to the risks[^fda-compounded-ketamine-2023].",
          "At home, no one checks your blood pressure or breathing, and no one is there to help if you react badly. Ketamine can also be misused[^fda-compounded-ketamine-2023]. Read more about [misuse and why every dose is given here](/safety#misuse).",
        ],
      },
      {
        id: "keep-my-own-clinicians",
        question: "Can I keep seeing my own psychiatrist or therapist?",
        answer: [
          "Yes, and we encourage it. Ketamine treatment is meant to be one part of your ongoing care, not a replacement for it.",
          "With your written permission, we share updates with your prescriber and therapist and coordinate any medicine changes with them. You stay in charge of who we talk to.",
        ],
      },
    ],
  },
  {
    heading: "Safety",
    entries: [
      {
        id: "is-it-addictive",
        question: "Is ketamine addictive?",
        answer: [
          "It can be misused. Ketamine and esketamine are both Schedule III controlled substances. Esketamine carries a boxed warning, the FDA's strongest kind, about abuse and misuse[^spravato-label].",
          "That is why we screen everyone for substance use before treatment and give every dose in the clinic, under supervision. Nothing goes home with you. Heavy, repeated use outside medical care has been linked to bladder damage, raised liver enzymes and memory problems[^katalinic-2013]. See our [safety page](/safety).",
        ],
      },
      {
        id: "side-effects",
        question: "What side effects are common?",
        answer: [
          "The most common ones happen during or soon after a session and usually pass within a couple of hours[^katalinic-2013]:",
          {
            list: [
              "feeling detached, dreamy or unreal",
              "dizziness, sleepiness or feeling tired",
              "nausea or vomiting",
              "headache, blurred vision or numbness",
              "feeling anxious",
              "a rise in blood pressure and heart rate for a few hours",
            ],
          },
          "Serious problems, such as very deep sleepiness or slowed breathing, are uncommon. This is one reason we monitor you the whole time[^spravato-label]. Long-term safety is still being studied. Read more on our [safety page](/safety).",
        ],
      },
      {
        id: "who-should-not-have-it",
        question: "Who should not have ketamine treatment?",
        answer: [
          "It is not right for everyone. We may advise against it, or ask for clearance from another doctor first, if you have:",
          {
            list: [
              "an aneurysm, an arteriovenous malformation (a tangle of blood vessels) or a past bleed in the brain[^spravato-label]",
              "an allergy to ketamine or esketamine",
              "high blood pressure that is not under control, or a recent heart attack or stroke",
              "a history of psychosis, or mania right now",
              "a current drug or alcohol use problem",
              "a pregnancy, a plan to become pregnant, or a baby you are breastfeeding",
            ],
          },
          "It is also not a first treatment for mild depression. Your evaluation will look at all of this with you.",
        ],
      },
      {
        id: "keep-my-medications",
        question: "Can I keep taking my current medications?",
        answer: [
          "Usually, yes. Esketamine is often given along with an antidepressant pill[^spravato-label].",
          "Tell us about every medicine and supplement you take. Some need special care: sedatives and sleep aids, opioid pain medicines, stimulants and MAOI antidepressants. Alcohol matters too. Do not stop or change any medicine on your own. Your clinician will talk with you and your prescriber first.",
        ],
      },
      {
        id: "can-i-drive-home",
        question: "Can I drive home after a session?",
        answer: [
          clinic.policies.ride,
          "After any session, do not drive until the next day, and plan to rest for the rest of the day. After esketamine, also do not use machinery, and wait until you have had a night of restful sleep[^spravato-label].",
        ],
      },
      {
        id: "in-crisis-now",
        question: "I'm in crisis now. What should I do?",
        answer: [
          {
            note: `Do not wait for an appointment. Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}, any time of day or night[^988-lifeline]. You can also text ${CRISIS.textLine.keyword} to ${CRISIS.textLine.number}. ${veteransLine} If you are in danger right now, call ${CRISIS.emergency} or go to the nearest emergency room.`,
          },
          `${clinic.name} is not an emergency service, and our forms and messages are not watched around the clock. When you are safe, you are welcome to call us at ${clinic.phone.main} to talk about care.`,
        ],
      },
    ],
  },
  {
    heading: "Visits",
    entries: [
      {
        id: "how-long-is-a-visit",
        question: "How long is a visit?",
        answer: [
          {
            list: [
              "Evaluation: about 60 to 90 minutes with a clinician.",
              "IV ketamine: the infusion takes about 40 to 60 minutes, then you rest for 30 to 60 minutes. Plan on about 2 hours here.",
              "Esketamine: you stay at least 2 hours after each dose, until staff say you are ready to leave[^spravato-label]. Plan on about 2.5 to 3 hours.",
              "Intramuscular ketamine: plan on about 2 hours, including rest afterward.",
              "Ketamine-assisted psychotherapy: plan on about 3 hours for a ketamine session with your therapist.",
            ],
          },
          "Please keep the rest of the day free, and arrange your ride home ahead of time.",
        ],
      },
      {
        id: "how-to-prepare",
        question: "How do I prepare for a session?",
        answer: [
          clinic.policies.fasting,
          "For esketamine, do not eat for 2 hours or drink for 30 minutes before your dose. If you use a nasal steroid or decongestant spray, use it at least an hour before[^spravato-label].",
          "Wear comfortable clothes and bring someone to drive you home. See [what to expect](/what-to-expect) for a step-by-step guide.",
        ],
      },
      {
        id: "forms-privacy",
        question: "Is what I send in the forms private?",
        answer: [
          "Yes. What you write in our appointment and insurance forms is stored only in the clinic's own database, and only our staff read it. We never put your answers into emails. Our emails to you only confirm that we received your request and give you a reference number.",
          "Read how we handle your information in our [privacy policy](/privacy) and our [notice of privacy practices](/notice-of-privacy-practices).",
        ],
      },
      {
        id: "language-and-access",
        question: "Can I get an interpreter or other help at my visit?",
        answer: [
          "Yes. We provide an interpreter on request, free of charge, including sign language. Our building has step-free access and an accessible restroom. Tell us what you need when you book, or call us at " +
            `${clinic.phone.main}. See [accessibility](/accessibility) for more.`,
        ],
      },
    ],
  },
  {
    heading: "Cost and insurance",
    entries: [
      {
        id: "will-insurance-pay",
        question: "Will my insurance pay?",
        answer: [
          "It depends on the treatment and your plan. Esketamine is FDA-approved[^spravato-label], so it is often covered by commercial plans, Medicare and Medicaid, usually after prior authorization. IV and intramuscular ketamine, including the ketamine sessions in ketamine-assisted psychotherapy, are off-label, so you usually pay for those sessions yourself. Evaluation and therapy visits may still be billable.",
          "A superbill, HSA or FSA may help with self-pay costs. We can [check your benefits](/verify-insurance) before you start. See [insurance and cost](/insurance-and-cost) for details.",
        ],
      },
      {
        id: "how-much-does-it-cost",
        question: "How much does it cost if I pay myself?",
        answer: [
          "Our self-pay prices per session, and an estimate of what a typical first series costs, are listed on the [insurance and cost page](/insurance-and-cost#self-pay-prices). Your own treatment may need more or fewer sessions. Before your first session, we give you a written price for the plan your clinician recommends.",
          "If you need to cancel, please read our [cancellation policy](/insurance-and-cost#cancellation-policy).",
        ],
      },
    ],
  },
  {
    heading: "Getting started",
    entries: [
      {
        id: "do-i-need-a-referral",
        question: "Do I need a referral?",
        answer: [
          "No. You can [request an appointment](/appointments) yourself. Some insurance plans ask for a referral for coverage, so check your plan.",
          "You do need an evaluation with one of our clinicians before any treatment. It helps us decide together whether ketamine or esketamine is a good fit for you.",
        ],
      },
      {
        id: "who-is-it-for",
        question: "Who is ketamine treatment meant for?",
        answer: [
          "It is mainly for adults whose depression has not improved after trying at least two antidepressants at a proper dose for long enough. This is often called treatment-resistant depression. The evidence is strongest for this group[^serafini-2014].",
          "Research on other conditions, such as PTSD, anxiety or bipolar depression, is early or limited. Ask us whether it fits your situation. See [conditions we treat](/conditions).",
        ],
      },
      {
        id: "what-to-bring-to-evaluation",
        question: "What should I bring to my evaluation?",
        answer: [
          {
            list: [
              "a list of the antidepressants you have tried, with doses and how long you took them, if you know",
              "all your current medicines and supplements",
              "the name and contact details of your prescriber and therapist, if you have them",
              "your insurance card and a photo ID",
            ],
          },
          "Do not worry if you cannot remember everything. We can ask your past clinicians for records with your permission.",
        ],
      },
      {
        id: "how-soon-will-you-reply",
        question: "How soon will I hear back after I request an appointment?",
        answer: [
          `We usually reply within ${clinic.replyWithin}. If you asked us to check your insurance, we usually finish within ${clinic.insurance.reviewWithin}. If you are in crisis, do not wait for us: call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency. We are not an emergency service.`,
        ],
      },
    ],
  },
  {
    heading: "What treatment is like",
    entries: [
      {
        id: "what-does-it-feel-like",
        question: "What does it feel like? Will I hallucinate?",
        answer: [
          "Most people notice the effects within minutes of a dose. Many feel detached or dreamy, as if they are floating or watching themselves from outside. Time may pass strangely, and things may look, sound or feel different. This is called dissociation. In the esketamine label's trials, 61% to 84% of people on esketamine had some of it on a rating scale[^spravato-label].",
          "You may notice changes in what you see or hear. Some people see colors, shapes or dreamlike pictures, mostly with their eyes closed. These changes can feel strange, but they come from the medicine and fade as it wears off, usually within an hour or two[^katalinic-2013].",
          "The aim is not to put you to sleep, though some people get drowsy. Some people find the experience pleasant, and others find it uneasy. Staff stay close by the whole time, and you can tell them at any point how you feel. Afterward, many people feel tired or a little foggy for the rest of the day. See [what to expect during a session](/what-to-expect#during-a-session).",
        ],
      },
    ],
  },
  {
    heading: "Family and friends",
    entries: [
      {
        id: "can-a-family-member-come",
        question: "Can a family member or friend come with me?",
        answer: [
          "Yes. You are welcome to bring someone you trust to your evaluation. A second person can help you remember what was said and ask questions you might not think of. You decide whether they join the whole visit or just part of it.",
          "On treatment days, the person who brings you can wait in our waiting area or come back when we call. If you would like them in the room with you during a session, ask us first. We will tell you whether that works for your treatment and the room.",
          "With your written permission, we can also talk with a family member about your care between visits. You stay in charge of who we talk to.",
        ],
      },
      {
        id: "driving-someone-home",
        question: "I'm driving someone home after a session. What should I know?",
        answer: [
          "Thank you. You play a real part in keeping them safe. Here is what to expect:",
          {
            list: [
              "How long it takes: plan on about 2 hours for IV or intramuscular ketamine, about 2.5 to 3 hours for esketamine nasal spray, and about 3 hours for ketamine-assisted psychotherapy. After esketamine, people stay at least 2 hours after the dose[^spravato-label]. If you would rather not wait, we can call you when they are nearly ready.",
              "Leaving: they leave only when a clinician says they are ready, and they must leave with you. We cannot let them leave alone, even in a taxi or rideshare.",
              "How they may seem: tired, quiet, a little unsteady or foggy. Some people want to talk about the session and others just want to rest. Both are normal.",
              "The rest of the day: they should not drive, go to work, look after children on their own, or take on anything stressful. After esketamine, they should not drive until the next day, after a night of restful sleep[^spravato-label]. Please help them stick to this.",
              "If you can, stay with them for a while, or check in with them during the evening.",
            ],
          },
          `Call us at ${clinic.phone.main} if they are still confused, very dizzy or unwell, or if you are worried about them. Call ${CRISIS.emergency} if they have chest pain, trouble breathing, a severe headache or signs of a stroke, or you cannot wake them. If they talk about suicide, call or text ${CRISIS.lifeline.number} at any time.`,
        ],
      },
    ],
  },
];
