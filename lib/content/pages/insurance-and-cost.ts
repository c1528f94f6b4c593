/**
 * The Insurance and cost page. The page component adds two sections after these, from
 * lib/clinic.ts: "Self-pay prices" (#self-pay-prices) and "Cancellation policy"
 * (#cancellation-policy). Prices and the cancellation policy are not written here.
 */
import { clinic } from "@/lib/clinic";
import type { ContentPage } from "../types";

export const insuranceAndCostPage: ContentPage = {
  path: "/insurance-and-cost",
  title: "Insurance and cost",
  description:
    "How insurance works for esketamine and ketamine care, what prior authorization involves, and how we check your benefits before you start.",
  lead: [
    "Cost should not be a surprise. Whether insurance helps depends on the treatment and on your plan, so we look at both with you before you start.",
    `You can [ask us to check your benefits](/verify-insurance) at any time, or call us at ${clinic.phone.main} with questions. Our [self-pay prices](/insurance-and-cost#self-pay-prices), with what a typical first series costs, are listed further down this page.`,
  ],
  sections: [
    {
      id: "coverage-by-treatment",
      heading: "How coverage depends on the treatment",
      blocks: [
        "Insurance plans treat our options differently, mainly because of what the FDA has and has not approved.",
        {
          list: [
            "Esketamine nasal spray (Spravato) is FDA-approved for depression in adults[^spravato-label]. Because of that, it is often covered by commercial plans, Medicare and Medicaid. Plans usually ask for prior authorization first.",
            "IV ketamine, intramuscular ketamine and ketamine-assisted psychotherapy use ketamine off-label. Plans usually do not pay for these sessions, so many people pay for them themselves.",
            "The evaluation visit and therapy visits may be billable to your insurance, even when the ketamine sessions are not.",
          ],
        },
        "Even when a plan covers treatment, you may still owe a copay, coinsurance or an amount toward your deductible. Coverage varies a lot from plan to plan, which is why we check yours first.",
      ],
    },
    {
      id: "esketamine-savings",
      heading: "Help with the cost of esketamine",
      blocks: [
        "Janssen, the company that makes Spravato, runs a support program called Spravato withMe. If you have commercial insurance, such as a plan through work, its savings program may lower what you pay for the medicine. In most states it may also help with the cost of the observation time after each dose.",
        "The savings program cannot be used with Medicare, Medicaid, TRICARE, VA care or other government plans. It has its own rules and yearly limits, and the maker can change or end it. Ask us and we will help you check whether you can use it and sign up.",
      ],
    },
    {
      id: "prior-authorization",
      heading: "What prior authorization means",
      blocks: [
        "Prior authorization is your plan's approval before treatment starts. For esketamine, plans usually want to see:",
        {
          list: [
            "a diagnosis of major depression from a clinician",
            "that you have tried at least two antidepressants, at a proper dose and for long enough, without enough relief",
            "a treatment plan from the prescribing clinician",
          ],
        },
        "You do not have to do the paperwork. Our staff prepare the request, your clinician signs it, and we send it to your plan. With your permission, we may ask your past prescribers for records that show which medicines you have tried.",
        "Approval can take days, and sometimes longer. Your plan may ask for more information or may say no. If that happens, we explain your options, which can include an appeal or paying for treatment yourself.",
      ],
    },
    {
      id: "verify-your-benefits",
      heading: "Check your benefits before you start",
      blocks: [
        `Send us your plan details through our [insurance form](/verify-insurance). We contact your insurer and usually get back to you within ${clinic.insurance.reviewWithin}.`,
        {
          note: "A benefits check gives an estimate of what your plan may pay, based on what the insurer tells us. It is not a promise of payment. Your plan decides what it pays when it processes the claim.",
        },
        "If anything is unclear, we are glad to go over the results with you by phone.",
      ],
    },
    {
      id: "superbills",
      heading: "Superbills and out-of-network claims",
      blocks: [
        "If you pay for a session yourself, you can ask us for a superbill. This is a detailed receipt with the codes your insurer needs. You can send it to your plan to ask for out-of-network reimbursement.",
        "Whether your plan pays anything back, and how much, is up to the plan. Some plans pay part of the cost, and some pay nothing for off-label treatment. It helps to call your plan before you start and ask about out-of-network mental health benefits.",
      ],
    },
    {
      id: "hsa-and-fsa",
      heading: "Using an HSA or FSA",
      blocks: [
        "You may be able to pay for self-pay sessions from a health savings account (HSA) or flexible spending account (FSA). Rules differ between plans, so ask your plan administrator before you rely on it. We can give you receipts that show what the treatment was for.",
      ],
    },
    {
      id: "referrals",
      heading: "Do you need a referral?",
      blocks: [
        "You do not need a referral to book with us. You can [request an appointment](/appointments) yourself.",
        "Before any treatment, you do need an evaluation with one of our clinicians. Some insurance plans also ask for a referral before they will cover specialist care, so check your plan's rules or ask us to help.",
      ],
    },
  ],
};
