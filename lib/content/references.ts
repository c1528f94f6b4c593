/**
 * Every source the site cites, in one list. Copy cites one as [^id]; each page lists the
 * sources it cites, and /research lists them all. Journal articles link to a PubMed search for
 * their exact title: their DOIs are not on file, and a search for the title cannot point at
 * the wrong paper.
 */
import { CRISIS } from "@/lib/clinic-contact";
import type { Reference } from "./types";

const pubmed = (title: string) => `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`"${title}"`)}`;

const article = (r: Omit<Reference, "url">): Reference => ({ ...r, url: pubmed(r.title) });

export const references = [
  {
    id: "spravato-label",
    authors: "Janssen Pharmaceuticals",
    title: "SPRAVATO (esketamine) nasal spray: prescribing information and medication guide",
    source: "U.S. Food and Drug Administration approved labeling, via DailyMed (National Library of Medicine)",
    year: 2025,
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=spravato",
    about:
      "The official label for esketamine: what it is approved for, how it is given, the REMS safety program, the observation of at least two hours after each dose, side effects and the boxed warnings.",
  },
  {
    id: "ketalar-label",
    authors: "Par Pharmaceutical",
    title: "KETALAR (ketamine hydrochloride) injection, for intravenous or intramuscular use: prescribing information",
    source: "U.S. Food and Drug Administration approved labeling, via DailyMed (National Library of Medicine)",
    year: 2024,
    url: "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=ketalar",
    about:
      "The official label for ketamine as an anesthetic: how it is given into a vein or a muscle, how fast it acts and its warnings. It does not cover depression, which is an off-label use.",
  },
  {
    id: "fda-compounded-ketamine-2023",
    authors: "U.S. Food and Drug Administration",
    title: "FDA warns patients about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders",
    source: "FDA safety communication, October 10, 2023",
    year: 2023,
    about:
      "The FDA's warning that ketamine is not approved for any psychiatric disorder and that compounded ketamine taken at home, without monitoring, carries added risk.",
  },
  {
    id: "nimh-major-depression",
    authors: "National Institute of Mental Health",
    title: "Major Depression",
    source: "National Institute of Mental Health, health statistics",
    // The year of the survey the page reports, which copy names beside every figure from it
    // (tests/unit/content.test.ts). When NIMH publishes a newer year, update the figures and this together.
    year: 2021,
    url: "https://www.nimh.nih.gov/health/statistics/major-depression",
    about:
      "U.S. figures on major depression for 2021, by age and sex, from the National Survey on Drug Use and Health.",
  },
  {
    id: "988-lifeline",
    authors: CRISIS.lifeline.label,
    title: CRISIS.lifeline.label,
    source: "988lifeline.org",
    year: 2022,
    url: "https://988lifeline.org",
    about: "Free, confidential support by call, text or chat, at any hour, for anyone in suicidal crisis or emotional distress.",
  },
  {
    id: "nimh-depression",
    authors: "National Institute of Mental Health",
    title: "Depression",
    source: "National Institute of Mental Health",
    year: 2022,
    url: "https://www.nimh.nih.gov/health/topics/depression",
    about:
      "The U.S. government's plain-language overview of depression: its signs, who gets it, how it is diagnosed and treated, and how to help someone who has it.",
  },
  {
    id: "nimh-brain-stimulation",
    authors: "National Institute of Mental Health",
    title: "Brain stimulation therapies",
    source: "National Institute of Mental Health",
    year: 2024,
    url: "https://www.nimh.nih.gov/health/topics/brain-stimulation-therapies/brain-stimulation-therapies",
    about:
      "An overview of treatments that act on the brain with electricity or magnetic fields, including electroconvulsive therapy (ECT) and transcranial magnetic stimulation (TMS): how each is given and its side effects.",
  },
  {
    id: "nice-depression-2022",
    authors: "National Institute for Health and Care Excellence (NICE)",
    title: "Depression in adults: treatment and management (NICE guideline NG222)",
    source: "National Institute for Health and Care Excellence, United Kingdom",
    year: 2022,
    url: "https://www.nice.org.uk/guidance/ng222",
    about:
      "The national treatment guideline for depression in England and Wales, including what to try next when the first treatments have not helped enough.",
  },
  article({
    id: "naughton-2014",
    authors: "Naughton M, Clarke G, O'Leary OF, Cryan JF, Dinan TG",
    title:
      "A review of ketamine in affective disorders: current evidence of clinical efficacy, limitations of use and pre-clinical evidence on proposed mechanisms of action",
    source: "Journal of Affective Disorders",
    year: 2014,
    details: "156:24–35",
    about: "A review of how well ketamine works in depression and bipolar disorder, its limits, and how it may act in the brain.",
  }),
  article({
    id: "baskaran-2012",
    authors: "Baskaran A, Milev R, McIntyre RS",
    title: "The neurobiology of the EEG biomarker as a predictor of treatment response in depression",
    source: "Neuropharmacology",
    year: 2012,
    details: "63:507–13",
    about: "A review of whether brain-wave (EEG) measurements can predict who will respond to depression treatment; a research question, not yet a clinical test.",
  }),
  article({
    id: "serafini-2014",
    authors: "Serafini G, Howland RH, Rovedi F, Girardi P, Amore M",
    title: "The role of ketamine in treatment-resistant depression: a systematic review",
    source: "Current Neuropharmacology",
    year: 2014,
    details: "12:444–61",
    freeFullText: true,
    about: "A systematic review of the studies of ketamine for depression that did not respond to other treatments.",
  }),
  article({
    id: "miller-2016",
    authors: "Miller OH, Moran JT, Hall BJ",
    title: "Two cellular hypotheses explain the initiation of ketamine's antidepressant actions: direct inhibition and disinhibition",
    source: "Neuropharmacology",
    year: 2016,
    details: "100:17–26",
    about: "A laboratory-science review of two explanations for how blocking NMDA receptors could start ketamine's antidepressant effect.",
  }),
  article({
    id: "vasavada-2016",
    authors: "Vasavada MM, Leaver AM, Espinoza RT, Joshi SH, Njau SN, Woods RP, et al.",
    title: "Structural connectivity and response to ketamine therapy in major depression: a preliminary study",
    source: "Journal of Affective Disorders",
    year: 2016,
    details: "190:836–41",
    freeFullText: true,
    about: "A small, preliminary brain-imaging study of whether brain wiring relates to how people respond to ketamine.",
  }),
  article({
    id: "romeo-2015",
    authors: "Romeo B, Choucha W, Fossati P, Rotge JY",
    title: "Meta-analysis of short- and mid-term efficacy of ketamine in unipolar and bipolar depression",
    source: "Psychiatry Research",
    year: 2015,
    details: "230:682–8",
    about: "A meta-analysis, which pools the results of several trials, of how well ketamine worked in unipolar and bipolar depression in the days and weeks after treatment.",
  }),
  article({
    id: "rajkumar-2015",
    authors: "Rajkumar R, Fam J, Yeo EY, Dawe GS",
    title: "Ketamine and suicidal ideation in depression: jumping the gun?",
    source: "Pharmacological Research",
    year: 2015,
    details: "99:23–35",
    about: "A critical review of the evidence on ketamine and suicidal thoughts, and of the caution it calls for.",
  }),
  article({
    id: "hasselmann-2014",
    authors: "Hasselmann HW",
    title: "Ketamine as an antidepressant? Current state and future perspectives",
    source: "Current Neuropharmacology",
    year: 2014,
    details: "12:57–70",
    freeFullText: true,
    about: "A review of the evidence for ketamine as an antidepressant and of the open questions.",
  }),
  article({
    id: "thakurta-2012",
    authors: "Thakurta RG, Das R, Bhattacharya AK, Saha D, Sen S, Singh OP, et al.",
    title: "Rapid response with ketamine on suicidal cognition in resistant depression",
    source: "Indian Journal of Psychological Medicine",
    year: 2012,
    details: "34:170–5",
    freeFullText: true,
    about: "A small study of how quickly suicidal thinking changed after a ketamine infusion in treatment-resistant depression.",
  }),
  article({
    id: "katalinic-2013",
    authors: "Katalinic N, Lai R, Somogyi A, Mitchell PB, Glue P, Loo CK",
    title: "Ketamine as a new treatment for depression: a review of its efficacy and adverse effects",
    source: "Australian and New Zealand Journal of Psychiatry",
    year: 2013,
    details: "47:710–27",
    about: "A review of both sides of ketamine for depression: how well it works and its side effects.",
  }),
  article({
    id: "rush-2006",
    authors: "Rush AJ, Trivedi MH, Wisniewski SR, Nierenberg AA, Stewart JW, Warden D, et al.",
    title: "Acute and longer-term outcomes in depressed outpatients requiring one or several treatment steps: a STAR*D report",
    source: "American Journal of Psychiatry",
    year: 2006,
    details: "163:1905–17",
    about:
      "The STAR*D study, in which over 3,600 adults with depression tried up to four treatments in a row. It reports how many reached remission at each step, and how many never did.",
  }),
  article({
    id: "han-2016",
    authors: "Han Y, Chen J, Zou D, Zheng P, Li Q, Wang H, et al.",
    title:
      "Efficacy of ketamine in the rapid treatment of major depressive disorder: a meta-analysis of randomized, double-blind, placebo-controlled studies",
    source: "Neuropsychiatric Disease and Treatment",
    year: 2016,
    details: "12:2859–67",
    freeFullText: true,
    about:
      "A meta-analysis of nine placebo-controlled trials of ketamine for depression. It reports how many people responded to one dose in the first days, and after a week.",
  }),
  article({
    id: "walsh-2021",
    authors: "Walsh Z, Mollaahmetoglu OM, Rootman J, Golsof S, Keeler J, Marsh B, et al.",
    title: "Ketamine for the treatment of mental health and substance use disorders: comprehensive systematic review",
    source: "BJPsych Open",
    year: 2021,
    details: "8(1)",
    about:
      "A broad review of ketamine for many mental health conditions, including suicidal thoughts, bipolar depression, PTSD, anxiety, OCD, eating disorders and substance use. It finds the evidence strongest for depression and suicidal thoughts and weaker for the rest, with effects that tend to be short-lived.",
  }),
  article({
    id: "orhurhu-2019",
    authors: "Orhurhu V, Orhurhu MS, Bhatia A, Cohen SP",
    title: "Ketamine infusions for chronic pain: a systematic review and meta-analysis of randomized controlled trials",
    source: "Anesthesia & Analgesia",
    year: 2019,
    details: "129:241–54",
    about: "A meta-analysis of placebo-controlled trials of IV ketamine for long-lasting pain, and how long any relief lasted.",
  }),
  article({
    id: "cuijpers-2013",
    authors: "Cuijpers P, Sijbrandij M, Koole SL, Andersson G, Beekman AT, Reynolds CF",
    title: "The efficacy of psychotherapy and pharmacotherapy in treating depressive and anxiety disorders: a meta-analysis of direct comparisons",
    source: "World Psychiatry",
    year: 2013,
    details: "12:137–48",
    about: "A meta-analysis of trials that compared talk therapy with antidepressant medicine head to head.",
  }),
  article({
    id: "uk-ect-review-group-2003",
    authors: "The UK ECT Review Group",
    title: "Efficacy and safety of electroconvulsive therapy in depressive disorders: a systematic review and meta-analysis",
    source: "The Lancet",
    year: 2003,
    details: "361:799–808",
    about: "A systematic review and meta-analysis of how well electroconvulsive therapy (ECT) works for depression, and of its risks.",
  }),
  article({
    id: "berlim-2014",
    authors: "Berlim MT, van den Eynde F, Tovar-Perdomo S, Daskalakis ZJ",
    title:
      "Response, remission and drop-out rates following high-frequency repetitive transcranial magnetic stimulation (rTMS) for treating major depression: a systematic review and meta-analysis of randomized, double-blind and sham-controlled trials",
    source: "Psychological Medicine",
    year: 2014,
    details: "44:225–39",
    about:
      "A meta-analysis of trials that compared transcranial magnetic stimulation (TMS) with a sham, a fake treatment that looks and sounds the same, for major depression.",
  }),
  article({
    id: "perera-2016",
    authors: "Perera T, George MS, Grammer G, Janicak PG, Pascual-Leone A, Wiercki TS",
    title: "The Clinical TMS Society consensus review and treatment recommendations for TMS therapy for major depressive disorder",
    source: "Brain Stimulation",
    year: 2016,
    details: "9:336–46",
    freeFullText: true,
    about: "Recommendations from TMS clinicians and researchers on how TMS is given for depression, and a review of the evidence behind them.",
  }),
  article({
    id: "andrade-2019",
    authors: "Andrade C",
    title: "Oral ketamine for depression, 1: pharmacologic considerations and clinical evidence",
    source: "Journal of Clinical Psychiatry",
    year: 2019,
    details: "80(2):19f12820",
    about:
      "A review of ketamine taken by mouth for depression: how little of a swallowed dose may reach the blood, how poorly that has been studied, and the few small trials so far.",
  }),
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof references)[number]["id"];

const byId = new Map<string, Reference>(references.map((r) => [r.id, r]));

export function findReference(id: string): Reference | undefined {
  return byId.get(id);
}
