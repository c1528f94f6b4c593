/**
 * The four treatment pages: /treatments/<slug>. Each has the same eight sections
 * (TREATMENT_SECTIONS in ./types.ts), so people can compare treatments side by side.
 * Clinical facts come from the clinic's fact sheet; clinic facts (the ride and fasting rules,
 * self-pay terms, review times) are read from lib/clinic.ts so they are said one way only.
 */
import { clinic, CRISIS, type TreatmentId } from "@/lib/clinic";
import { priceOf, seriesLine, seriesOf, usd } from "@/lib/self-pay";
import type { Block, Text, Treatment } from "./types";

const { ride, fasting } = clinic.policies;
const { selfPay } = clinic.insurance;

/** Said wherever suicidal thoughts come up. */
const crisisNote: Block = {
  note: `If you are having thoughts of suicide, do not wait for an appointment. Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}[^988-lifeline], or call ${CRISIS.emergency} in an emergency. ${clinic.name} is not an emergency service.`,
};

/** The same, in one sentence, for a paragraph that mentions suicidal thoughts in passing. */
const crisisLine: Text = `If you are having thoughts of suicide now, call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency; ${clinic.name} is not an emergency service.`;

/** What the evaluation visit covers, for every treatment. */
const evaluationChecklist: Block = {
  list: [
    "Your diagnosis and how long you have been depressed",
    "Each antidepressant you have tried, with the dose and how long you took it",
    "Every medicine and supplement you take now",
    "Your blood pressure and heart health",
    "Whether you are pregnant, could become pregnant or are breastfeeding",
    "Your use of alcohol, cannabis and other drugs",
    "The clinicians who already care for you, so we can work with them",
  ],
};

/** Reasons not to have IV or IM ketamine (fact sheet, section 3). */
const ketamineDoNotUse: Block = {
  list: [
    "You have an aneurysm or another blood vessel problem where a rise in blood pressure could cause a tear or a bleed. Examples are an arteriovenous malformation (a tangle of blood vessels) and a past bleed in the brain.",
    "You have had an allergic or serious reaction to ketamine or esketamine.",
    "You are pregnant. Ketamine is not recommended because it may harm the baby. Breastfeeding during treatment is not advised.",
  ],
};

/** Conditions that need a closer look before any ketamine treatment (fact sheet, section 3). */
const needsClearance: Block = {
  list: [
    "High blood pressure that is not under control. We check your blood pressure before every session and may put a session off if it is above 140/90.",
    "A recent heart attack or stroke, or heart disease that is not stable. We may ask your doctor to clear you first.",
    "A past episode of psychosis, such as hearing voices or losing touch with reality. We look at this carefully and go ahead only if the likely benefit outweighs the risk.",
    "Past or current problems with alcohol or drugs. An active substance use disorder usually means waiting until it is treated.",
    "Bladder inflammation (cystitis), severe liver disease, or raised pressure inside the head or the eyes",
    "Mania happening now",
  ],
};

const medicinesNote: Text =
  "Tell us about every medicine you take. Sedatives, opioids and alcohol add to the sleepiness ketamine causes and can slow your breathing. Stimulants and MAOI antidepressants can push your blood pressure higher. You can usually keep taking your other medicines, but your clinician may change the timing of some doses.";

const clinicianDecides: Text =
  "Your clinician makes the final decision with you, using your history, an exam and your vital signs. If a treatment is not safe or not right for you now, we will tell you why and talk through other options. Read more on our [safety page](/safety).";

/** Ketamine's common, brief side effects (not esketamine, which has its own label). */
const ketamineCommonEffects: Block = {
  list: [
    "Feeling detached, dreamlike or outside your body (dissociation), or sensing time, sounds or sight differently",
    "Dizziness, drowsiness or tiredness",
    "Nausea, and sometimes vomiting",
    "Headache, blurred vision or numbness",
    "Feeling anxious",
    "A rise in blood pressure and heart rate that lasts a short time",
  ],
};

const ketamineLongTerm: Text =
  "Less is known about the long-term effects of repeated treatment. Most studies followed people for days or weeks, not years, and experts call for more research[^hasselmann-2014]. Heavy, repeated use of ketamine, mostly outside medical care, has been linked to bladder damage, raised liver enzymes, memory problems and tolerance[^katalinic-2013]. We ask about these at your visits.";

const ketamineMisuse: Text =
  "Ketamine can be misused. It is a Schedule III controlled substance for that reason. We screen for misuse risk before you start, and every dose is given and watched in the clinic. We never send ketamine home with you.";

const worseMoodNote: Block = {
  note: `Tell us right away if your mood gets worse or you have new thoughts of suicide. Call or text ${CRISIS.lifeline.number}, or call ${CRISIS.emergency} in an emergency; ${clinic.name} is not an emergency service.`,
};

const afterTheSession: Text =
  "Do not drive until the next day. For the rest of the day, also avoid work, caring for children on your own and stressful tasks. Plan a quiet evening. Read [what to expect](/what-to-expect) for how to get ready and what the day after is like.";

/** The clinic's self-pay terms (lib/clinic.ts), said in one way only. */
const selfPayList: Block = { list: [...selfPay.points] };

/** What a typical first series costs at the self-pay prices, worked out from lib/clinic.ts (lib/self-pay.ts). */
const seriesPrices = (treatment: Exclude<TreatmentId, "not-sure">): Block[] => [
  `If you pay for it yourself, here is an estimate of what a typical first series costs at our self-pay prices. It is not a quote: your clinician may suggest more or fewer sessions, and we confirm your own price in writing before you start. The evaluation visit costs ${usd(priceOf("evaluation"))} on top:`,
  { list: seriesOf(treatment).map(seriesLine) },
];

/** For the IV, IM and KAP pages: what the research says about ketamine and suicidal thoughts. */
const suicidalThoughtsResearch: Text =
  "In a small study, suicidal thoughts eased within hours of a ketamine infusion[^thakurta-2012]. But this research is small and short-term, and reviewers urge caution[^rajkumar-2015]. Ketamine does not replace a safety plan or emergency care. If suicidal thoughts are part of your depression, we make a safety plan with you before treatment.";

const checkBenefits: Text = `Want to know what your plan may pay? [Ask us to check your benefits](/verify-insurance). We usually finish a check within ${clinic.insurance.reviewWithin}. The result is an estimate, not a promise of payment. Our [insurance and cost page](/insurance-and-cost#self-pay-prices) lists all our self-pay prices.`;

export const treatments: Treatment[] = [
  /* ------------------------------------------------------------------ IV ketamine */
  {
    slug: "iv-ketamine-infusion",
    clinicId: "iv-ketamine",
    name: "IV ketamine infusion",
    shortName: "IV infusion",
    description:
      "IV ketamine for depression that other treatments have not helped: how an infusion goes, a typical course, side effects, who it suits and what it costs.",
    atAGlance: [
      { label: "FDA status", value: "Off-label: ketamine is approved as an anesthetic, not for depression[^fda-compounded-ketamine-2023]" },
      { label: "Session length", value: "A 40 to 60 minute infusion, then 30 to 60 minutes of recovery" },
      { label: "Time in clinic", value: "About 2 hours" },
      { label: "Typical first course", value: "About 6 infusions over 2 to 3 weeks" },
      { label: "Usually paid by", value: "You (self-pay), with a superbill on request" },
    ],
    lead: [
      "An IV ketamine infusion gives you a low dose of ketamine slowly, through a small tube in a vein in your arm, while our staff watch over you. It is meant for adults whose depression has not eased after other treatments. IV is the most studied way of giving ketamine for depression[^serafini-2014]. Using it for depression is off-label, which means the FDA has not approved it for that use[^fda-compounded-ketamine-2023].",
      "Some people feel better within hours or a day. Others improve only after a few infusions, and some do not respond at all. This page explains what a session is like, how a course usually runs, the side effects and who should not have it. It can help you decide whether to ask us about it.",
    ],
    sections: {
      "what-it-is": {
        heading: "What IV ketamine is",
        blocks: [
          "Ketamine is an anesthetic that doctors have used since the 1960s. Around 2000, researchers found that much lower doses than those used for surgery could ease depression in some people[^naughton-2014].",
          "Most antidepressants act on serotonin or norepinephrine. Ketamine works in a different way. It blocks NMDA receptors, one of the ways brain cells respond to glutamate, a chemical messenger in the brain[^miller-2016]. Lab studies suggest this may help brain cells form new connections. How it eases depression in people is still being studied[^naughton-2014].",
          "The FDA has approved ketamine as an anesthetic, not for depression or any other mental health condition[^fda-compounded-ketamine-2023]. A licensed clinician can still prescribe it for depression. This is called off-label use, and it is legal. The ketamine-type medicine that is FDA-approved for depression is [esketamine nasal spray](/treatments/esketamine-nasal-spray).",
          `In studies, the usual dose was 0.5 mg for each kilogram of body weight, given over 40 minutes[^serafini-2014]. Your clinician sets your dose for you. At ${clinic.name}, every infusion is given in the clinic by our staff.`,
        ],
      },
      "how-a-session-goes": {
        heading: "How an infusion session goes",
        blocks: [
          `Before your first infusion you meet one of our clinicians for an evaluation. If you decide to go ahead, we give you written instructions. ${fasting}`,
          {
            steps: [
              "You arrive and check in. A nurse asks how you have been feeling and about any changes in your health or medicines.",
              "We check your blood pressure, heart rate and oxygen level. If your blood pressure is too high that day, we may wait, treat it or move your session.",
              "You settle into a recliner in a quiet room. A nurse places a small IV line in your arm. You can bring headphones, music or an eye mask.",
              "The infusion runs slowly, usually for 40 to 60 minutes. A pump gives the dose your clinician has set. Staff stay close and check your vital signs the whole time.",
              "You may feel detached or dreamlike, and time, sounds or sight may seem different. These feelings are common and usually fade soon after the infusion ends.",
              "When the infusion ends, the IV line comes out. You rest for 30 to 60 minutes while staff keep checking on you.",
              "A clinician makes sure you are alert and steady before you leave. The person taking you home meets you at the clinic.",
            ],
          },
          { note: ride },
          afterTheSession,
        ],
      },
      "typical-course": {
        heading: "A typical course of infusions",
        blocks: [
          "A first course is often about 6 infusions over 2 to 3 weeks. Your clinician plans yours and may change it as you go, based on how you respond and how you feel during sessions.",
          "In studies, relief after one infusion could come quickly, but it was often short-lived. It usually faded within a few days to about 2 weeks[^romeo-2015]. That is why infusions are given as a series.",
          "If the series helps, you may come back for maintenance infusions, spaced every few weeks to every few months. There is no set schedule, and there is little long-term research on it. We plan maintenance with you, review it often and stop when it no longer helps or is no longer needed.",
          "Results vary a lot from person to person. In placebo-controlled trials, about half of people responded in the first days after one dose[^han-2016]. Some reached remission, some improved partly and some did not respond at all[^serafini-2014][^romeo-2015]. No test can yet tell in advance who will respond. Brain-wave (EEG) measures are being studied for this, but they are research tools, not clinical tests[^baskaran-2012].",
          "IV ketamine is one part of your care, not a replacement for it. You usually keep seeing your own therapist and prescriber, and keep your other treatments, unless your clinician advises a change.",
        ],
      },
      "time-and-monitoring": {
        heading: "Time in the clinic and how we monitor you",
        blocks: [
          "Plan to be with us for about 2 hours. The infusion takes 40 to 60 minutes, and recovery takes another 30 to 60 minutes. Keep the rest of the day free.",
          "While you are with us, staff watch:",
          {
            list: [
              "Your blood pressure, before the infusion and regularly during and after it",
              "Your heart rate and blood oxygen level, measured all the time by a small clip on your finger",
              "How alert and comfortable you are, checked by staff who stay nearby",
            ],
          },
          "Ketamine often raises blood pressure and heart rate for a short time[^katalinic-2013]. If your readings climb too high, we can slow or stop the infusion. A clinician is on site during every infusion.",
          "You leave only when a clinician is satisfied that you are alert and steady and that your vital signs are back near your usual levels.",
        ],
      },
      "who-may-be-a-candidate": {
        heading: "Who may be a candidate",
        blocks: [
          "IV ketamine is mainly for adults with treatment-resistant depression. That usually means depression that has not improved enough after at least 2 antidepressants, each taken at a proper dose for long enough[^serafini-2014]. The evidence is strongest for this group. It is not a first treatment for mild depression.",
          suicidalThoughtsResearch,
          crisisNote,
          "For bipolar depression, the evidence is more limited[^romeo-2015]. Ketamine is used with care because it may trigger mania. Research on PTSD, anxiety, OCD and other conditions is early. Read about [the conditions we evaluate](/conditions), and ask whether ketamine fits your situation.",
          "You do not need a referral to book, but you do need an evaluation with one of our clinicians. At that visit we go over:",
          evaluationChecklist,
          "[Request an appointment](/appointments) to start with an evaluation.",
        ],
      },
      "who-should-not-have-it": {
        heading: "Who should not have IV ketamine",
        blocks: [
          "Ketamine raises blood pressure for a while[^katalinic-2013]. It should not be used when that rise could be dangerous. You should not have it if any of these apply to you:",
          ketamineDoNotUse,
          "These need a closer look, and sometimes clearance from your other doctors, before you can start:",
          needsClearance,
          medicinesNote,
          clinicianDecides,
        ],
      },
      "side-effects": {
        heading: "Side effects and risks",
        blocks: [
          "Most side effects happen during the infusion or soon after, and they usually pass within 1 to 2 hours[^katalinic-2013]. Common ones include:",
          ketamineCommonEffects,
          "Serious side effects are uncommon but can happen. They include very deep sedation, slowed breathing and a sharp rise in blood pressure[^katalinic-2013]. This is why every infusion happens in the clinic, with staff present and your vital signs monitored.",
          ketamineLongTerm,
          ketamineMisuse,
          worseMoodNote,
        ],
      },
      coverage: {
        heading: "Insurance and cost",
        blocks: [
          selfPay.summary,
          ...seriesPrices("iv-ketamine"),
          selfPayList,
          checkBenefits,
        ],
      },
    },
    schema: { status: "Off-label", route: "Intravenous infusion" },
  },

  /* ------------------------------------------------------------------ Esketamine */
  {
    slug: "esketamine-nasal-spray",
    clinicId: "esketamine",
    name: "Esketamine nasal spray (Spravato®)",
    shortName: "Nasal spray",
    description:
      "Spravato (esketamine) nasal spray is FDA-approved for treatment-resistant depression. Learn how a visit goes, the schedule, side effects and insurance.",
    atAGlance: [
      {
        label: "FDA status",
        value: "FDA-approved for adults in two uses: treatment-resistant depression, on its own (since January 2025) or with an antidepressant pill; and, with an antidepressant pill, major depression with acute suicidal thoughts or actions[^spravato-label]",
      },
      { label: "Session length", value: "A few minutes to take the dose, then at least 2 hours of observation[^spravato-label]" },
      { label: "Time in clinic", value: "About 2.5 to 3 hours" },
      {
        label: "Schedule for treatment-resistant depression",
        value: "Twice a week in weeks 1 to 4, once a week in weeks 5 to 8, then once a week or once every 2 weeks[^spravato-label]",
      },
      {
        label: "Schedule for depression with suicidal thoughts",
        value: "Twice a week for 4 weeks, with an antidepressant pill; the label has no schedule beyond 4 weeks[^spravato-label]",
      },
      { label: "Usually paid by", value: "Often insurance, usually after prior authorization; self-pay is possible" },
    ],
    lead: [
      "Esketamine is a nasal spray sold under the brand name Spravato. It is a close chemical relative of ketamine, and the FDA approved it for depression in 2019[^spravato-label]. You spray it into your own nose at the clinic, and our staff watch over you for at least 2 hours afterward[^spravato-label].",
      "It is for adults whose depression has not improved enough with other antidepressants, and for some adults with depression who are having suicidal thoughts or actions[^spravato-label]. Some people feel better within a day, others over several weeks, and some do not improve. This page explains how it is given, the schedule, the side effects and who should not take it.",
      crisisLine,
    ],
    sections: {
      "what-it-is": {
        heading: "What esketamine is",
        blocks: [
          "Ketamine is made of two mirror-image forms of the same molecule. Esketamine is one of them, called the S form[^spravato-label]. Like ketamine, it blocks NMDA receptors in the brain. This is a different action from common antidepressants, which work on serotonin or norepinephrine. Exactly how it eases depression is not known[^spravato-label].",
          "The FDA approved esketamine in March 2019. It is approved for adults with[^spravato-label]:",
          {
            list: [
              "Treatment-resistant depression, taken with an antidepressant pill or, since January 2025, on its own[^spravato-label]",
              "Depressive symptoms of major depressive disorder with acute suicidal thoughts or behavior, taken with an antidepressant pill[^spravato-label]",
            ],
          },
          "For people with suicidal thoughts or actions, esketamine has not been shown to prevent suicide. It does not replace a hospital stay when one is needed[^spravato-label].",
          crisisNote,
          `Esketamine is a Schedule III controlled substance, and its label has a boxed warning about misuse[^spravato-label]. Under an FDA safety program called a REMS, it can only be given at certified treatment centers, to patients enrolled in the program, and you never take it home[^spravato-label]. ${clinic.name} is a REMS-certified treatment center.`,
        ],
      },
      "how-a-session-goes": {
        heading: "How a treatment session goes",
        blocks: [
          "On the day of treatment:",
          {
            list: [
              "Do not eat for 2 hours before your dose, and do not drink anything for 30 minutes before it, because the medicine can cause nausea[^spravato-label].",
              "If you use a steroid or decongestant nasal spray, use it at least 1 hour before your dose[^spravato-label].",
              "Arrange your ride home, and keep the rest of the day free.",
            ],
          },
          {
            steps: [
              "You arrive and check in. A nurse asks how you have been and about any changes in your health or medicines.",
              "We check your blood pressure before the dose. If it is too high, we may wait or move your dose to another day[^spravato-label].",
              "A nurse shows you how to use the device. You blow your nose, then spray the medicine into each nostril yourself while staff watch. Each device holds 28 mg. A dose uses 2 or 3 devices, taken 5 minutes apart[^spravato-label].",
              "You rest in a recliner in a quiet room. A clip on your finger (a pulse oximeter) tracks your oxygen level. Staff check your blood pressure again about 40 minutes after the dose, and later as needed[^spravato-label].",
              "You may feel detached, sleepy, dizzy or sick to your stomach for a while. Staff stay nearby the whole time. These effects usually ease within 1 to 2 hours.",
              "After at least 2 hours, a clinician checks that you are alert and steady before you leave[^spravato-label]. Someone you know takes you home.",
            ],
          },
          { note: ride },
          "Do not drive or use machinery until the next day, after a night of restful sleep[^spravato-label]. For the rest of the day, also avoid work, caring for children on your own and stressful tasks. Read [what to expect](/what-to-expect) for tips on getting ready.",
        ],
      },
      "typical-course": {
        heading: "A typical course",
        blocks: [
          "For treatment-resistant depression, the label sets out the schedule in phases[^spravato-label]:",
          {
            list: [
              "Weeks 1 to 4: two sessions a week",
              "Weeks 5 to 8: one session a week",
              "Week 9 on: once a week or once every 2 weeks, using the least frequent schedule that keeps you well",
            ],
          },
          "Your clinician checks how well it is working at the end of week 4, to decide with you whether to continue[^spravato-label].",
          `For major depression with acute suicidal thoughts or actions, the label sets two sessions a week for 4 weeks, always with an antidepressant pill. After 4 weeks, your clinician checks whether it has helped. Use beyond 4 weeks has not been studied for this group[^spravato-label]. ${crisisLine}`,
          "Results vary. Some people feel better within a day. Others improve slowly over the first 4 weeks, and some do not improve at all[^spravato-label]. No test can yet tell in advance who will respond.",
          "Esketamine is one part of your care. If you take an antidepressant pill, you usually keep taking it. You also keep seeing your own therapist and prescriber, unless your clinician advises a change.",
        ],
      },
      "time-and-monitoring": {
        heading: "Time in the clinic and monitoring",
        blocks: [
          "Plan for about 2.5 to 3 hours at the clinic for each visit. Most of that time is the observation period after your dose.",
          "The REMS safety program sets rules for every dose[^spravato-label]:",
          {
            list: [
              "You stay at least 2 hours after each dose, and longer if needed, until a clinician judges that you are ready to leave.",
              "Your oxygen level is measured with a pulse oximeter.",
              "Your blood pressure is checked before the dose, about 40 minutes after it, and later as needed.",
              "A prescriber is on site while you are being treated.",
              "Only certified centers can give esketamine, only to enrolled patients, and no one takes it home.",
            ],
          },
          "Blood pressure often rises after a dose. The rise is usually highest about 40 minutes after the dose and settles over about 4 hours[^spravato-label]. We will not send you home until you are ready. If you need more time, you take it.",
        ],
      },
      "who-may-be-a-candidate": {
        heading: "Who may be a candidate",
        blocks: [
          "Esketamine is approved for adults 18 and older with either of these[^spravato-label]:",
          {
            list: [
              "Treatment-resistant depression, with or without an antidepressant pill. That usually means depression that has not improved enough after at least 2 antidepressants, each taken at a proper dose for long enough[^serafini-2014].",
              "Major depressive disorder with acute suicidal thoughts or behavior, alongside an antidepressant pill and other care[^spravato-label]",
            ],
          },
          crisisNote,
          "Esketamine is not approved for bipolar depression or for anyone under 18[^spravato-label]. It is not a first treatment for mild depression.",
          "You do not need a referral to book, but you do need an evaluation with one of our clinicians. At that visit we go over:",
          evaluationChecklist,
          "[Request an appointment](/appointments) to start with an evaluation.",
        ],
      },
      "who-should-not-have-it": {
        heading: "Who should not take esketamine",
        blocks: [
          "You should not take esketamine if you have any of these[^spravato-label]:",
          {
            list: [
              "An aneurysm or other disease that weakens the walls of blood vessels, in the aorta, the brain or the arms and legs",
              "An arteriovenous malformation, which is an abnormal tangle of blood vessels",
              "A past bleed inside the brain (intracerebral hemorrhage)",
              "An allergy to esketamine or ketamine",
            ],
          },
          "Esketamine is not recommended during pregnancy because it may harm the baby, and breastfeeding during treatment is not advised[^spravato-label].",
          "These need a closer look, and sometimes clearance from your other doctors, before you can start:",
          needsClearance,
          "Tell us about every medicine you take. Sedatives, opioids and alcohol add to the sleepiness esketamine causes and can slow your breathing. Stimulants and MAOI antidepressants can push your blood pressure higher[^spravato-label]. You can usually keep taking your other medicines, but your clinician may change the timing of some doses.",
          clinicianDecides,
        ],
      },
      "side-effects": {
        heading: "Side effects and risks",
        blocks: [
          "Side effects are common. Most start soon after a dose and pass within an hour or two, the same day[^spravato-label].",
          "The two most common are sleepiness (sedation) and feeling detached from yourself or your surroundings (dissociation). They are why the label has a boxed warning, the FDA's strongest kind, and why you stay with us for at least 2 hours[^spravato-label]. They are common, not rare.",
          "The label pools its short-term (4-week) trials in adults with treatment-resistant depression. In them, people took esketamine or a placebo spray, and everyone also took an antidepressant pill. These were among the most common side effects with esketamine. Each line gives the share of people who had it with esketamine, then with the placebo spray[^spravato-label]:",
          {
            list: [
              "Dissociation: 41% with esketamine, 9% with placebo[^spravato-label]",
              "Dizziness: 29% with esketamine, 8% with placebo[^spravato-label]",
              "Nausea: 28% with esketamine, 9% with placebo[^spravato-label]",
              "Sedation: 23% with esketamine, 9% with placebo[^spravato-label]",
              "A spinning feeling (vertigo): 23% with esketamine, 3% with placebo[^spravato-label]",
              "Headache: 20% with esketamine, 17% with placebo[^spravato-label]",
              "Numbness: 18% with esketamine, 2% with placebo[^spravato-label]",
              "Feeling anxious: 13% with esketamine, 6% with placebo[^spravato-label]",
              "A rise in blood pressure: 10% with esketamine, 3% with placebo[^spravato-label]",
              "Vomiting: 9% with esketamine, 2% with placebo[^spravato-label]",
            ],
          },
          "These are side effects that people reported. The label's trials also checked everyone on a dissociation rating scale after each dose. On that scale, 61% to 84% of people on esketamine had some dissociation or changes in how they saw or heard things[^spravato-label]. Most of these feelings fade within an hour or two.",
          "The label also warns about less common but serious problems[^spravato-label]:",
          {
            list: [
              "Sedation so deep that you cannot be woken. In the label's trials, 0.3% of people on esketamine lost consciousness[^spravato-label].",
              "Slowed or shallow breathing (respiratory depression)",
              "A sharp rise in blood pressure",
              "Abuse and misuse, which is also part of the boxed warning",
              "A higher risk of suicidal thoughts and actions in young adults, a boxed warning given for all antidepressants",
            ],
          },
          "This is why every dose is taken in the clinic and watched for at least 2 hours[^spravato-label]. We check your oxygen level and blood pressure, and we screen for misuse risk before you start.",
          "Long-term safety of ketamine-type medicines is still being studied[^hasselmann-2014]. Heavy, repeated ketamine use, mostly outside medical care, has been linked to bladder damage, raised liver enzymes and memory problems[^katalinic-2013]. We ask about these at your visits.",
          worseMoodNote,
        ],
      },
      coverage: {
        heading: "Insurance and cost",
        blocks: [
          "Because esketamine is FDA-approved[^spravato-label], it is often covered by commercial insurance plans, Medicare and Medicaid. Coverage still varies from plan to plan.",
          "Plans usually ask for prior authorization before you start. For that, your plan typically needs your diagnosis and a record of at least 2 antidepressants that did not help enough. Bring a list of the medicines you have tried, with doses and dates, to your evaluation.",
          "The maker of Spravato runs a savings program, Spravato withMe, that may lower what you pay if you have commercial insurance. It cannot be used with Medicare, Medicaid or other government plans. Read more under [help with the cost of esketamine](/insurance-and-cost#esketamine-savings).",
          ...(selfPay.pricesNote ? [selfPay.pricesNote] : []),
          ...seriesPrices("esketamine"),
          {
            list: [
              "You may still owe a copay, coinsurance or deductible. A benefits check can give you an estimate first.",
              "You can generally use a health savings account (HSA) or flexible spending account (FSA) for prescribed treatment of a diagnosed condition. Check with your plan administrator first.",
            ],
          },
          checkBenefits,
        ],
      },
    },
    schema: { status: "FDA-approved", route: "Nasal spray" },
  },

  /* ------------------------------------------------------------------ IM ketamine */
  {
    slug: "intramuscular-ketamine",
    clinicId: "im-ketamine",
    name: "Intramuscular (IM) ketamine",
    shortName: "IM injection",
    description:
      "IM ketamine is a shot into a muscle, used when an IV is not practical. It is less studied than IV. See how a visit goes, side effects, who it suits and cost.",
    atAGlance: [
      { label: "FDA status", value: "Off-label: ketamine is approved as an anesthetic, not for depression[^fda-compounded-ketamine-2023]" },
      { label: "How it is given", value: "A shot into a muscle, usually in the upper arm" },
      { label: "Time in clinic", value: "About 2 hours, including recovery" },
      { label: "Typical first course", value: "A series over a few weeks, planned by your clinician" },
      { label: "Usually paid by", value: "You (self-pay), with a superbill on request" },
    ],
    lead: [
      "Intramuscular (IM) ketamine is a low dose of ketamine given as a shot into a muscle, usually in the upper arm. A muscle takes up ketamine quickly, so the effects begin within minutes[^ketalar-label]. We offer it when an IV is not practical for you, for example when your veins are hard to reach.",
      "IM ketamine has been studied much less than IV ketamine, which is the most studied form[^serafini-2014]. So we know less about how well it works for depression and how best to dose it. Like IV ketamine, it is an off-label use[^fda-compounded-ketamine-2023].",
    ],
    sections: {
      "what-it-is": {
        heading: "What IM ketamine is",
        blocks: [
          "It is the same medicine as an IV infusion, given a different way. Ketamine is an anesthetic in use since the 1960s. At low doses it may ease depression in some people whose depression has not responded to other treatments[^naughton-2014].",
          "Ketamine blocks NMDA receptors, one of the ways brain cells respond to the chemical messenger glutamate[^miller-2016]. Common antidepressants act on serotonin or norepinephrine instead. Lab research suggests ketamine may help brain cells form new connections, but how it eases depression is still being studied[^naughton-2014].",
          "The FDA has not approved ketamine for depression or any other mental health condition[^fda-compounded-ketamine-2023]. A licensed clinician can prescribe it off-label, which is legal.",
          "An injection cannot be slowed or stopped once it is given, the way an infusion can. So your clinician chooses your dose with care, and staff watch you closely until the effects wear off. If an IV is possible for you, your clinician may suggest it, because it has more research behind it. Read about [IV ketamine infusions](/treatments/iv-ketamine-infusion).",
        ],
      },
      "how-a-session-goes": {
        heading: "How an IM session goes",
        blocks: [
          `Before your first session you meet one of our clinicians for an evaluation. If you decide to go ahead, we give you written instructions. ${fasting}`,
          {
            steps: [
              "You arrive and check in. A nurse asks how you have been feeling and about any changes in your health or medicines.",
              "We check your blood pressure, heart rate and oxygen level. If your blood pressure is too high that day, we may wait, treat it or move your session.",
              "You settle into a recliner in a quiet room. You can bring headphones, music or an eye mask.",
              "A nurse gives the shot into a muscle, usually in your upper arm. It takes a few seconds.",
              "The effects start within minutes[^ketalar-label]. You may feel detached or dreamlike, and time, sounds or sight may seem different. Staff stay close and check your vital signs the whole time.",
              "As the effects fade, you rest while staff keep checking on you.",
              "A clinician makes sure you are alert and steady before you leave. The person taking you home meets you at the clinic.",
            ],
          },
          { note: ride },
          afterTheSession,
        ],
      },
      "typical-course": {
        heading: "A typical course",
        blocks: [
          "There is less research to guide an IM course than an IV one. Your clinician usually plans a series much like an IV course, often several sessions over 2 to 3 weeks, and checks at each visit how you are doing.",
          "In IV studies, the lift from a single dose often lasted from a few days to about 2 weeks[^romeo-2015]. That is why ketamine is given as a series. If the series helps, you may come back for maintenance sessions every few weeks to every few months. We review this with you often.",
          "Results vary. Some people feel better within hours or days, others only after several sessions, and some do not respond at all[^serafini-2014]. No test can yet tell in advance who will respond.",
          "IM ketamine is one part of your care, not a replacement for it. You usually keep seeing your own therapist and prescriber, and keep your other treatments, unless your clinician advises a change.",
        ],
      },
      "time-and-monitoring": {
        heading: "Time in the clinic and how we monitor you",
        blocks: [
          "Plan to be with us for about 2 hours, including recovery, and keep the rest of the day free. We tell you the expected length of your visit when you book.",
          "While you are with us, staff watch:",
          {
            list: [
              "Your blood pressure, before the shot and regularly after it",
              "Your heart rate and blood oxygen level, measured all the time by a small clip on your finger",
              "How alert and comfortable you are, checked by staff who stay nearby",
            ],
          },
          "Ketamine often raises blood pressure and heart rate for a short time[^katalinic-2013]. A clinician is on site during every session and can treat a high reading.",
          "You leave only when a clinician is satisfied that you are alert and steady and that your vital signs are back near your usual levels.",
        ],
      },
      "who-may-be-a-candidate": {
        heading: "Who may be a candidate",
        blocks: [
          "IM ketamine may suit adults with treatment-resistant depression for whom an IV is not practical. Treatment-resistant usually means depression that has not improved enough after at least 2 antidepressants, each taken at a proper dose for long enough[^serafini-2014]. It is not a first treatment for mild depression.",
          suicidalThoughtsResearch,
          crisisNote,
          "For bipolar depression, the evidence is more limited[^romeo-2015]. Ketamine is used with care because it may trigger mania. Read about [the conditions we evaluate](/conditions).",
          "You do not need a referral to book, but you do need an evaluation with one of our clinicians. At that visit we go over:",
          evaluationChecklist,
          "[Request an appointment](/appointments) to start with an evaluation.",
        ],
      },
      "who-should-not-have-it": {
        heading: "Who should not have IM ketamine",
        blocks: [
          "Ketamine raises blood pressure for a while[^katalinic-2013]. It should not be used when that rise could be dangerous. You should not have it if any of these apply to you:",
          ketamineDoNotUse,
          "These need a closer look, and sometimes clearance from your other doctors, before you can start:",
          needsClearance,
          medicinesNote,
          clinicianDecides,
        ],
      },
      "side-effects": {
        heading: "Side effects and risks",
        blocks: [
          "Side effects are much the same as with an IV infusion. They can start within minutes of the shot[^ketalar-label], and they usually pass within 1 to 2 hours[^katalinic-2013]. Common ones include:",
          ketamineCommonEffects,
          "Serious side effects are uncommon but can happen. They include very deep sedation, slowed breathing and a sharp rise in blood pressure[^katalinic-2013]. Because a shot cannot be stopped once given, staff watch you closely and are ready to help.",
          ketamineLongTerm,
          ketamineMisuse,
          worseMoodNote,
        ],
      },
      coverage: {
        heading: "Insurance and cost",
        blocks: [
          selfPay.summary,
          ...seriesPrices("im-ketamine"),
          selfPayList,
          checkBenefits,
        ],
      },
    },
    schema: { status: "Off-label", route: "Intramuscular injection" },
  },

  /* ------------------------------------------------------------------ KAP */
  {
    slug: "ketamine-assisted-psychotherapy",
    clinicId: "kap",
    name: "Ketamine-assisted psychotherapy",
    shortName: "Ketamine therapy (KAP)",
    description:
      "Ketamine-assisted psychotherapy pairs a supported ketamine session with therapy before and after. Learn how it works, what the evidence says and the cost.",
    atAGlance: [
      { label: "FDA status", value: "Off-label: ketamine is approved as an anesthetic, not for depression[^fda-compounded-ketamine-2023]" },
      { label: "How it is given", value: "A shot into a muscle or an IV infusion, with a therapist present" },
      { label: "Session length", value: "About 3 hours, with a therapist" },
      { label: "Typical first course", value: "Preparation visits, then ketamine sessions, each followed by integration therapy" },
      { label: "Usually paid by", value: "You (self-pay); therapy visits may be billable to insurance" },
    ],
    lead: [
      "Ketamine-assisted psychotherapy (KAP) combines ketamine with talk therapy. You meet a therapist to prepare. Then you have a ketamine session with a therapist beside you. In the days after, you meet again to make sense of the experience and put it to use in your life. This last step is called integration.",
      "Here, the ketamine in KAP is always given in the clinic, as a shot into a muscle or an IV infusion. We do not use take-home ketamine tablets or lozenges. Studies of KAP so far are small but promising. It is offered alongside your ongoing care, not in place of it.",
    ],
    sections: {
      "what-it-is": {
        heading: "What ketamine-assisted psychotherapy is",
        blocks: [
          "KAP uses the same medicine as our [IV](/treatments/iv-ketamine-infusion) and [IM](/treatments/intramuscular-ketamine) treatments, with therapy built around each session. It has three parts:",
          {
            list: [
              "Preparation: one or more therapy visits to get to know your therapist, talk about what you hope for and learn what a session may feel like",
              "A supported ketamine session: ketamine given by our medical staff, with your therapist present for the whole session",
              "Integration: therapy visits in the days after, to talk through the session and turn what you noticed into changes in daily life",
            ],
          },
          "Ketamine blocks NMDA receptors in the brain[^miller-2016]. Some researchers think this opens a short window, lasting days to weeks, when the brain may be better able to form new connections[^naughton-2014]. This idea comes mostly from lab research and is not proven in people. KAP times therapy to fall within that window.",
          "The FDA has not approved ketamine for depression or any other mental health condition, so KAP is an off-label use. The FDA has also warned about compounded ketamine taken at home without monitoring[^fda-compounded-ketamine-2023]. That is one reason every KAP dose here is given and watched in the clinic.",
        ],
      },
      "how-a-session-goes": {
        heading: "How a KAP session goes",
        blocks: [
          `You will have met your therapist at least once before your first ketamine session. Your clinician will also have evaluated you and chosen IM or IV ketamine with you. ${fasting}`,
          {
            steps: [
              "You arrive and check in. A nurse asks how you have been feeling and about any changes in your health or medicines.",
              "We check your blood pressure, heart rate and oxygen level. If your blood pressure is too high that day, we may wait, treat it or move your session.",
              "You settle into a recliner in a quiet room with your therapist. You go over what you talked about in preparation and what you would like to focus on.",
              "A nurse gives the ketamine, as a shot or through an IV line. Many people wear an eye mask and listen to music.",
              "Your therapist stays with you the whole time, and staff check your vital signs. You may feel detached or dreamlike, and time, sounds or sight may seem different. You can speak at any point, or stay quiet.",
              "As the effects fade, your therapist talks with you briefly about what came up, and you rest while staff keep checking on you.",
              "A clinician makes sure you are alert and steady before you leave. The person taking you home meets you at the clinic.",
              "In the following days, you meet your therapist for integration.",
            ],
          },
          { note: ride },
          afterTheSession,
        ],
      },
      "typical-course": {
        heading: "A typical course",
        blocks: [
          "A course usually starts with one or more preparation visits. Then come a small number of ketamine sessions spread over a few weeks. Each one is followed by at least one integration visit in the days after. Your therapist and clinician plan the number of sessions with you.",
          "The lift from one ketamine dose often lasts from a few days to about 2 weeks[^romeo-2015]. Therapy in that time aims to help you build on any change. You and your care team review progress at each step.",
          "Results vary. Some people notice a change after one session, others only after several, and some do not respond[^serafini-2014]. Research on KAP itself is still small, so we cannot say how much the therapy adds for any one person.",
          "KAP is offered alongside your ongoing care. Ongoing therapy, such as cognitive behavioral therapy (CBT), is widely advised. You usually keep seeing your own therapist and prescriber, and keep your other treatments, unless your clinician advises a change.",
        ],
      },
      "time-and-monitoring": {
        heading: "Time in the clinic and how we monitor you",
        blocks: [
          "Plan on about 3 hours for a ketamine session, and keep the rest of the day free. Preparation and integration visits are regular therapy visits of about 50 minutes.",
          "During a ketamine session, staff watch:",
          {
            list: [
              "Your blood pressure, before the dose and regularly after it",
              "Your heart rate and blood oxygen level, measured all the time by a small clip on your finger",
              "How alert and comfortable you are, with your therapist in the room throughout",
            ],
          },
          "Ketamine often raises blood pressure and heart rate for a short time[^katalinic-2013]. A clinician is on site during every session and can treat a high reading, or slow or stop an IV.",
          "You leave only when a clinician is satisfied that you are alert and steady and that your vital signs are back near your usual levels.",
        ],
      },
      "who-may-be-a-candidate": {
        heading: "Who may be a candidate",
        blocks: [
          "KAP may suit adults with treatment-resistant depression who want therapy to be a central part of their ketamine treatment. Treatment-resistant usually means depression that has not improved enough after at least 2 antidepressants, each taken at a proper dose for long enough[^serafini-2014].",
          "It may suit you best if you feel ready to take part in therapy and have steady care in place, such as a prescriber or therapist you already see. Research on KAP for PTSD and other conditions is early. Read about [the conditions we evaluate](/conditions), and ask whether it fits you.",
          suicidalThoughtsResearch,
          crisisNote,
          "You do not need a referral to book, but you do need an evaluation with one of our clinicians. At that visit we go over:",
          evaluationChecklist,
          "[Request an appointment](/appointments) to start with an evaluation.",
        ],
      },
      "who-should-not-have-it": {
        heading: "Who should not have KAP",
        blocks: [
          "The medical limits are the same as for IV or IM ketamine. Ketamine raises blood pressure for a while[^katalinic-2013], so it should not be used when that rise could be dangerous. You should not have it if any of these apply to you:",
          ketamineDoNotUse,
          "These need a closer look, and sometimes clearance from your other doctors, before you can start:",
          needsClearance,
          "If you are in crisis or need more support than weekly visits can give, such as a hospital or day program, that care comes first. KAP can be considered later.",
          medicinesNote,
          clinicianDecides,
        ],
      },
      "side-effects": {
        heading: "Side effects and risks",
        blocks: [
          "Side effects are the same as with IV or IM ketamine. Most happen during the session or soon after, and they usually pass within 1 to 2 hours[^katalinic-2013]. Common ones include:",
          ketamineCommonEffects,
          "Serious side effects are uncommon but can happen. They include very deep sedation, slowed breathing and a sharp rise in blood pressure[^katalinic-2013]. Medical staff monitor every session for this reason.",
          "A session can bring up strong feelings or hard memories. Your therapist is there to help you through them, and integration visits give you time to talk them over.",
          ketamineLongTerm,
          ketamineMisuse,
          worseMoodNote,
        ],
      },
      coverage: {
        heading: "Insurance and cost",
        blocks: [
          selfPay.summary,
          ...seriesPrices("kap"),
          "KAP's ketamine sessions use IV or IM ketamine, and its preparation and integration visits are therapy visits. So these points apply:",
          selfPayList,
          checkBenefits,
        ],
      },
    },
    schema: { status: "Off-label", route: "Intramuscular injection or intravenous infusion, with psychotherapy" },
  },
];

const bySlug = new Map(treatments.map((t) => [t.slug, t]));

export function findTreatment(slug: string): Treatment | undefined {
  return bySlug.get(slug);
}
