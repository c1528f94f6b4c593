import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, primaryButtonLarge } from "@/components/layout/styles";
import { clinic, telHref, type TreatmentId } from "@/lib/clinic";

export const metadata: Metadata = {
  title: "Ketamine and esketamine care for depression",
};

const TREATMENT_FACTS: Partial<Record<TreatmentId, string[]>> = {
  esketamine: [
    "A nasal spray form of ketamine, FDA-approved since 2019 for adults with treatment-resistant depression.",
    "You use it at the clinic under staff observation and stay at least two hours after each dose; it is never taken home.",
  ],
  "iv-ketamine": [
    "Ketamine is approved as an anesthetic, so using it for depression is off-label (legal when prescribed); IV infusion is the most studied way of using it for depression.",
    "Each infusion takes 40 to 60 minutes with your blood pressure, pulse and oxygen monitored; a first course is often about six infusions over two to three weeks.",
  ],
  "im-ketamine": [
    "An injection of ketamine into a muscle, sometimes used when an IV is not practical. It is also off-label, and it has been studied less than IV ketamine.",
  ],
  kap: [
    "Ketamine sessions combined with therapy: preparation beforehand, a supported session, then therapy in the following days. Studies so far are small but promising.",
  ],
};

const SOURCES = [
  "FDA prescribing information for Spravato (esketamine).",
  "Serafini G, Howland RH, Rovedi F, Girardi P, Amore M. The role of ketamine in treatment-resistant depression: a systematic review. Curr Neuropharmacol. 2014.",
  "Romeo B, Choucha W, Fossati P, Rotge JY. Meta-analysis of short- and mid-term efficacy of ketamine in unipolar and bipolar depression. Psychiatry Res. 2015.",
  "Katalinic N, Lai R, Somogyi A, Mitchell PB, Glue P, Loo CK. Ketamine as a new treatment for depression: a review of its efficacy and adverse effects. Aust N Z J Psychiatry. 2013.",
  "Naughton M, Clarke G, O'Leary OF, Cryan JF, Dinan TG. A review of ketamine in affective disorders: current evidence of clinical efficacy, limitations of use and pre-clinical evidence on proposed mechanisms of action. J Affect Disord. 2014.",
  "Miller OH, Moran JT, Hall BJ. Two cellular hypotheses explain the initiation of ketamine's antidepressant actions: direct inhibition and disinhibition. Neuropharmacology. 2016.",
];

const section = "mx-auto max-w-5xl px-4 py-10";
const h2 = "text-2xl font-bold";
const prose = "mt-4 max-w-prose space-y-4";

export default function HomePage() {
  const treatments = clinic.treatments.filter((t) => t.id !== "not-sure");
  const offersNotSure = clinic.treatments.some((t) => t.id === "not-sure");

  return (
    <>
      <div className="bg-surface">
        <div className={`${section} py-14`}>
          <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{clinic.tagline}</h1>
          <div className={prose}>
            <p className="text-lg">
              {clinic.name} is an outpatient clinic for adults with depression, especially{" "}
              <strong>treatment-resistant depression</strong>: depression that has not eased enough after trying at least
              two antidepressants, at a proper dose and for long enough.
            </p>
            <p>No referral is needed to ask for an appointment. A clinician evaluation decides whether treatment fits you.</p>
          </div>
          <p className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-3">
            <Link href="/appointments" className={primaryButtonLarge}>
              Request an appointment
            </Link>
            <Link href="/verify-insurance">Check your insurance first</Link>
            <span>
              or call <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>
            </span>
          </p>
        </div>
      </div>

      <section aria-labelledby="who-heading" className={section}>
        <h2 id="who-heading" className={h2}>
          Who we see
        </h2>
        <div className={prose}>
          <p>
            We see adults aged 18 and over. About 3 in 10 people with depression do not get enough relief from standard
            antidepressants, and those are the people ketamine and esketamine are mainly for. They are not a first
            treatment for mild depression.
          </p>
          <p>
            Some health conditions mean ketamine is not safe or should wait, for example certain blood vessel problems,
            uncontrolled high blood pressure, pregnancy, or an active substance use problem. Your evaluation checks
            for these.
          </p>
        </div>
      </section>

      <section id="treatments" aria-labelledby="treatments-heading" className="border-y border-line bg-surface">
        <div className={section}>
          <h2 id="treatments-heading" className={h2}>
            Treatments we offer
          </h2>
          <p className="mt-4 max-w-prose">
            Ketamine works differently from common antidepressants: it blocks NMDA receptors for glutamate, a chemical
            messenger in the brain, instead of acting on serotonin. It may help brain cells form new connections, though
            most of that evidence comes from laboratory studies.
          </p>
          <ul className="mt-8 grid gap-6 md:grid-cols-2">
            {treatments.map((t) => (
              <li key={t.id} className="rounded-lg border border-line bg-canvas p-5">
                <h3 className="text-lg font-bold">{t.name}</h3>
                <div className="mt-2 space-y-2">
                  {(TREATMENT_FACTS[t.id] ?? [t.summary]).map((fact) => (
                    <p key={fact}>{fact}</p>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          {offersNotSure && (
            <p className="mt-6 max-w-prose">
              Not sure which would suit you? That is common. Choose &ldquo;Not sure yet&rdquo; when you ask for an
              appointment and we will talk through the options with you.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="next-heading" className={section}>
        <h2 id="next-heading" className={h2}>
          What happens after you ask for an appointment
        </h2>
        <ol className="mt-6 max-w-prose list-decimal space-y-4 pl-6 marker:font-bold">
          <li>
            <strong>You send a request</strong> with the <Link href="/appointments">appointment form</Link> or by
            calling us. No referral is needed.
          </li>
          <li>
            <strong>A member of our staff calls you back</strong>, usually within {clinic.replyWithin}, at a time you
            choose.
          </li>
          <li>
            <strong>A clinician evaluates you.</strong> They go through your history, the antidepressants you have
            tried, your other medicines and your blood pressure, and decide with you whether treatment fits. With your
            permission we may work with your current prescriber.
          </li>
          <li>
            <strong>If it fits, we agree on a plan</strong>: which treatment, the schedule and the cost. Spravato is
            often covered by insurance after prior authorization; IV ketamine is usually self-pay. We check your
            benefits before you start.
          </li>
        </ol>
      </section>

      <section aria-labelledby="expect-heading" className="border-y border-line bg-surface">
        <div className={section}>
          <h2 id="expect-heading" className={h2}>
            Honest expectations
          </h2>
          <ul className="mt-4 max-w-prose list-disc space-y-3 pl-6">
            <li>
              Some people notice a change within hours or days. Others improve gradually over a series of sessions.
              Some do not respond. In studies, often about half of people respond.
            </li>
            <li>
              Early relief can be fast but brief, which is why treatment is given as a series. Any maintenance is
              planned for you and reviewed over time.
            </li>
            <li>
              Side effects are usually brief and happen mostly during or just after a session: feeling detached or
              dreamlike, dizziness, nausea, drowsiness, and a temporary rise in blood pressure. Staff stay with you and
              monitor you.
            </li>
            <li>
              Ketamine can be misused, so it is given only in the clinic, after screening. Long-term safety is still
              being studied, and we check how you are doing at every visit.
            </li>
            <li>
              You cannot drive yourself home. Bring someone to take you, and do not drive until the next day after a
              restful sleep.
            </li>
            <li>
              It is not a cure. It may ease symptoms as part of ongoing care, alongside therapy and your other
              treatment.
            </li>
          </ul>
        </div>
      </section>

      <section aria-labelledby="start-heading" className={section}>
        <h2 id="start-heading" className={h2}>
          Talk to us
        </h2>
        <p className="mt-4 max-w-prose">
          Ask for an appointment online and we will call you back, or call us at{" "}
          <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>. Want to know about cost first?{" "}
          <Link href="/verify-insurance">Send us your insurance details</Link> and we will check your benefits, or
          choose self-pay for our prices.
        </p>
        <p className="mt-6">
          <Link href="/appointments" className={primaryButton}>
            Request an appointment
          </Link>
        </p>
      </section>

      <section aria-labelledby="sources-heading" className={`${section} pt-0`}>
        <h2 id="sources-heading" className="text-lg font-bold">
          Sources
        </h2>
        <p className="mt-2 max-w-prose text-sm text-ink-muted">
          The clinical information on this page is based on these sources. It is general information, not medical
          advice.
        </p>
        <ol className="mt-3 max-w-prose list-decimal space-y-2 pl-6 text-sm">
          {SOURCES.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
