/**
 * The Conditions page: which conditions ketamine and esketamine have been studied for, how
 * strong that evidence is, and which of them this clinic actually treats.
 */
import { clinic, CRISIS } from "@/lib/clinic";
import { callOrText, veteransLine } from "../crisis";
import type { ContentPage } from "../types";

export const conditionsPage: ContentPage = {
  path: "/conditions",
  title: "Conditions we treat, and what the evidence says",
  metaTitle: "Conditions we treat",
  description:
    "Which conditions we treat with ketamine or esketamine, how strong the research is for each, and where the evidence is still early.",
  lead: [
    `${clinic.name} treats adults with depression, mainly depression that has not improved with other treatments. Ketamine has been studied for many other conditions too, but the research is much stronger for some than for others.`,
    "On this page we explain, condition by condition, what the studies show, how sure anyone can be, and whether we offer treatment for it. Ketamine is not a first treatment for mild depression, and it does not help everyone.",
  ],
  sections: [
    {
      id: "what-we-treat",
      heading: "What we treat at this clinic",
      blocks: [
        "We focus on depression. After an evaluation, we may offer ketamine or esketamine for:",
        {
          list: [
            "Treatment-resistant depression: depression that has not improved enough after at least two antidepressants. This is the main reason people come to us.",
            `Major depression with suicidal thoughts, always together with a written safety plan and your other care. If you have suicidal thoughts right now, ${callOrText}. We are not an emergency service.`,
            "Bipolar depression, only case by case and only in close contact with the psychiatrist who treats your bipolar disorder.",
          ],
        },
        "For the other conditions on this page, the research is early or mixed. We do not offer ketamine on its own to treat them. If you have one of them along with depression, we will talk with you about what treatment can and cannot be expected to do.",
        "Not sure where you fit? You do not need to work it out alone. You can [request an appointment](/appointments) and a clinician will go over your history with you.",
      ],
    },
    {
      id: "how-to-read-the-evidence",
      heading: "How to read the evidence labels",
      blocks: [
        "For each condition we give a plain label for how strong the research is. These labels describe the studies, not how well treatment will work for you.",
        {
          list: [
            "Strong: many randomized trials, where some people get the treatment and others a comparison, and reviews that pool them point the same way.",
            "Moderate: several controlled studies show a benefit, but they are smaller, shorter or less consistent.",
            "Limited: a few small studies, with results that are encouraging but far from settled.",
            "Early or preliminary: case reports, pilot studies or mixed results. Researchers are still asking whether it helps at all.",
          ],
        },
        "Even strong evidence means that treatment helped many people in studies, not everyone. You can read the sources we rely on on our [research page](/research).",
      ],
    },
    {
      id: "treatment-resistant-depression",
      heading: "Treatment-resistant depression",
      blocks: [
        "Evidence: strong[^serafini-2014][^romeo-2015].",
        "Depression is called treatment-resistant when at least two antidepressants have not helped enough. Each must have been taken at a proper dose and for long enough to work. In a large U.S. study, about 1 in 3 people with depression had not reached remission even after up to four treatments in a row[^rush-2006]. Remission means few or no symptoms.",
        "This is the condition ketamine has been studied for most. Many randomized trials and reviews that pool them found that ketamine can ease depression in people whose illness has not responded to other treatment, often within hours to days[^serafini-2014][^romeo-2015]. In placebo-controlled trials, about half of people responded in the first days after one dose[^han-2016]. Some reached remission, some improved partly and some did not improve at all[^katalinic-2013]. Relief from a single dose often faded within a few days to about 2 weeks, which is why treatment is given as a series[^hasselmann-2014].",
        "Esketamine nasal spray (Spravato) is approved by the FDA for adults with treatment-resistant depression. It can be used along with an antidepressant pill or, since January 2025, on its own[^spravato-label]. IV ketamine is not FDA-approved for depression. Using it for depression is an off-label use of an anesthetic. That is legal when a licensed clinician prescribes it.",
        "Learn more about [esketamine nasal spray](/treatments/esketamine-nasal-spray) and [IV ketamine infusion](/treatments/iv-ketamine-infusion).",
      ],
    },
    {
      id: "depression-with-suicidal-thoughts",
      heading: "Major depression with suicidal thoughts",
      blocks: [
        {
          note: `If you are thinking about suicide now, do not wait for an appointment. Call or text ${CRISIS.lifeline.number} to reach the ${CRISIS.lifeline.label}, day or night[^988-lifeline]. ${veteransLine} If you are in danger, call ${CRISIS.emergency} or go to the nearest emergency room. ${clinic.name} is not an emergency service.`,
        },
        "Evidence: moderate[^rajkumar-2015][^walsh-2021].",
        "Small studies have found that suicidal thoughts can ease quickly after ketamine, sometimes within hours[^thakurta-2012]. But the studies are few and short, and the effect was mostly measured over days, not months. Reviewers urge caution before drawing firm conclusions[^rajkumar-2015].",
        "Esketamine is FDA-approved to treat the symptoms of major depression in adults who have acute suicidal thoughts or actions. It is given along with an antidepressant pill. It has not been shown to prevent suicide. It does not take the place of a hospital stay when one is needed[^spravato-label].",
        "If we treat you for depression with suicidal thoughts, it is always part of wider care:",
        {
          list: [
            "We make a written safety plan with you before treatment starts: warning signs, people to call, and how to keep yourself safe.",
            "We stay in touch with your psychiatrist, therapist or primary care clinician.",
            "If you need more help than outpatient care can give, we help you get it, including hospital care.",
          ],
        },
      ],
    },
    {
      id: "bipolar-depression",
      heading: "Bipolar depression",
      blocks: [
        "Evidence: limited to moderate[^romeo-2015][^walsh-2021].",
        "A few small trials have looked at ketamine added to mood stabilizers for the depressed phase of bipolar disorder, with encouraging short-term results[^romeo-2015][^naughton-2014]. There is far less research than for unipolar depression.",
        "One concern is a switch into mania or hypomania, so mood needs to be watched closely. Esketamine nasal spray is not FDA-approved for bipolar depression[^spravato-label].",
        "We consider treatment for bipolar depression case by case, only when your bipolar disorder is being treated and only in close contact with your psychiatrist. We do not treat anyone during an episode of mania.",
      ],
    },
    {
      id: "ptsd",
      heading: "Post-traumatic stress disorder (PTSD)",
      blocks: [
        "Evidence: emerging[^walsh-2021].",
        "Small trials have found some short-term relief of PTSD symptoms after ketamine[^walsh-2021]. It is not known how long any benefit lasts, or who is most likely to be helped.",
        "We do not offer ketamine on its own for PTSD. If you have PTSD along with depression, we can talk about whether treatment for your depression makes sense.",
      ],
    },
    {
      id: "anxiety",
      heading: "Anxiety disorders",
      blocks: [
        "Evidence: limited[^walsh-2021].",
        "A small number of studies suggest ketamine may ease anxiety for a short time in some people. The research is not strong enough to treat anxiety disorders with ketamine on their own. Feeling anxious can also be a side effect during a session.",
        "We do not offer ketamine for anxiety alone. Many people with depression also have anxiety, and your clinician will take it into account.",
      ],
    },
    {
      id: "ocd",
      heading: "Obsessive-compulsive disorder (OCD)",
      blocks: [
        "Evidence: preliminary and mixed[^walsh-2021].",
        "A few small studies have tried ketamine for OCD, with results that point in different directions. Research is early, and we do not offer ketamine for OCD on its own.",
      ],
    },
    {
      id: "eating-and-substance-use-disorders",
      heading: "Eating disorders and substance use disorders",
      blocks: [
        "Evidence: very early[^walsh-2021].",
        "Researchers have started to look at ketamine for eating disorders and for alcohol and drug use disorders, but only in small early studies. It is too soon to know whether it helps.",
        "We do not offer ketamine for these conditions. Because ketamine can be misused, an active substance use problem is usually a reason to wait before any ketamine treatment. See our [safety page](/safety#who-should-not-have-it).",
      ],
    },
    {
      id: "chronic-pain",
      heading: "Chronic pain",
      blocks: [
        "Evidence: mixed[^orhurhu-2019].",
        "Ketamine has been studied for some kinds of long-lasting pain, such as complex regional pain syndrome (CRPS), nerve pain and fibromyalgia. When it helped, the gains were often modest and short-lived. A meta-analysis of placebo-controlled trials found a small benefit that lasted up to about 2 weeks[^orhurhu-2019].",
        "We are a depression clinic, not a pain clinic, and we do not offer ketamine for pain. If you live with chronic pain and depression, your pain specialist is the right person to ask about pain treatment.",
      ],
    },
    {
      id: "mild-depression",
      heading: "Is ketamine right for mild depression?",
      blocks: [
        "Usually not. Ketamine and esketamine are not a first treatment for mild depression. They are meant mainly for depression that has not responded to other care. For milder depression, other treatments, such as talk therapy and standard antidepressants, are usually tried first.",
        "If you are not sure how severe your depression is, your primary care clinician or a therapist can help you find a starting point. You can also [request an evaluation](/appointments) with us.",
      ],
    },
    {
      id: "depression-by-the-numbers",
      heading: "Depression is common",
      blocks: [
        "If you live with depression, you are far from alone.",
        {
          list: [
            "In 2021, about 21 million adults in the United States, or 8.3% of all adults, had at least one episode of major depression[^nimh-major-depression].",
            "In 2021, it was more common in women (10.3%) than in men (6.2%)[^nimh-major-depression].",
            "In 2021, young adults aged 18 to 25 had the highest rate of any age group, at 18.6%[^nimh-major-depression].",
          ],
        },
        "Depression is a medical illness, not a weakness. Many people need to try more than one treatment before they find one that helps.",
      ],
    },
    {
      id: "next-steps",
      heading: "Next steps",
      blocks: [
        {
          list: [
            "Learn more [about depression](/depression): the common signs, when to get help and where to start.",
            "If ketamine is not right for you, read about [other treatments for depression](/other-treatments).",
            "Read what happens at a visit on [what to expect](/what-to-expect).",
            "See who should not have ketamine on our [safety page](/safety).",
            "Compare the [treatments we offer](/treatments).",
            "Check costs and coverage on [insurance and cost](/insurance-and-cost).",
            "When you are ready, [request an appointment](/appointments). No referral is needed.",
          ],
        },
      ],
    },
  ],
};
