/** The benchmark's figures as markdown: bench/report.md, and the figures part of docs/quality.md. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Category, FormFactor, LighthouseRun } from "./lighthouse";
import type { LoadResult } from "./load";
import type { Phases } from "./phases";
import { root } from "../lib/next-server";

export type Figures = {
  quick: boolean;
  seconds?: number;
  machine: { date: string; cpu: string; memoryGiB: number; os: string; node: string; next: string; chromium: string; postgres: string };
  firstLoad: { page: string; bytes: number; files: number; kind: "content" | "form"; bareBytes: number }[];
  lighthouse: ({ page: string; formFactor: FormFactor; runs: number } & LighthouseRun)[];
  loadWindow?: { warmupMs: number; durationMs: number };
  load: ({ target: string; concurrency: number } & LoadResult)[];
  phases: ({ database: string } & Phases)[];
};

const NO_OP = "no-op action (bare app)";
/** Budgets from issue 7; also in docs/quality.md. */
export const BUDGETS = { contentOverBareKB: 10, throughputRatio: 0.5, p95Ms: 50, mobilePerformance: 95 };

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const mark = (ok: boolean) => (ok ? "met" : "**not met**");
const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

function budgets(f: Figures): string {
  const rows: string[][] = [];
  const desktop = f.lighthouse.filter((l) => l.formFactor === "desktop");
  const mobile = f.lighthouse.filter((l) => l.formFactor === "mobile");
  const all100 = (l: LighthouseRun) => Object.values(l.scores).every((s) => s === 100);
  if (desktop.length) rows.push(["Lighthouse desktop: 100 in all four categories on every page", desktop.map((l) => `${l.page} ${Object.values(l.scores).join("/")}`).join("; "), mark(desktop.every(all100))]);
  if (mobile.length) {
    const worst = Math.min(...mobile.map((l) => l.scores.performance));
    rows.push([`Lighthouse mobile: performance ≥ ${BUDGETS.mobilePerformance}`, `lowest ${worst}`, mark(worst >= BUDGETS.mobilePerformance)]);
  }
  const content = f.firstLoad.filter((p) => p.kind === "content");
  const heaviest = content.reduce((a, b) => (b.bytes > a.bytes ? b : a), content[0]!);
  if (heaviest) rows.push([`First-load JS, content pages: within ${BUDGETS.contentOverBareKB} KB of the bare static page`, `heaviest ${heaviest.page} ${kB(heaviest.bytes)} KB, bare ${kB(heaviest.bareBytes)} KB (+${kB(heaviest.bytes - heaviest.bareBytes)})`, mark(heaviest.bytes - heaviest.bareBytes <= BUDGETS.contentOverBareKB * 1000)]);
  for (const form of f.firstLoad.filter((p) => p.kind === "form")) {
    rows.push([`First-load JS, ${form.page}: no heavier than the bare form page`, `${kB(form.bytes)} KB, bare ${kB(form.bareBytes)} KB`, mark(form.bytes <= form.bareBytes)]);
  }
  const noOp = f.load.find((l) => l.target === NO_OP && l.concurrency === 8);
  for (const real of f.load.filter((l) => l.target !== NO_OP && l.concurrency === 8)) {
    if (noOp) {
      const ratio = real.requestsPerSecond / noOp.requestsPerSecond;
      rows.push([`${real.target}, concurrency 8: ≥ ${BUDGETS.throughputRatio * 100}% of the no-op's throughput`, `${Math.round(real.requestsPerSecond)}/s vs ${Math.round(noOp.requestsPerSecond)}/s (${Math.round(ratio * 100)}%)`, mark(ratio >= BUDGETS.throughputRatio)]);
    }
    rows.push([`${real.target}, concurrency 8: p95 ≤ ${BUDGETS.p95Ms} ms`, `${ms(real.p95)} ms`, mark(real.p95 <= BUDGETS.p95Ms)]);
  }
  return table(["budget", "measured", ""], rows);
}

function lighthouseTable(f: Figures): string {
  const categories: Category[] = ["performance", "accessibility", "best-practices", "seo"];
  return table(
    ["page", "device", ...categories, "LCP", "TBT", "CLS"],
    f.lighthouse.map((l) => [l.page, l.formFactor, ...categories.map((c) => l.scores[c]), `${Math.round(l.lcpMs)} ms`, `${Math.round(l.tbtMs)} ms`, l.cls.toFixed(3)]),
  );
}

function firstLoadTable(f: Figures): string {
  return table(
    ["page", "first-load JS (gzip)", "bare app", "difference", "files"],
    f.firstLoad.map((p) => [p.page, `${kB(p.bytes)} KB`, `${kB(p.bareBytes)} KB (${p.kind === "form" ? "form" : "static"} page)`, `${p.bytes >= p.bareBytes ? "+" : "−"}${kB(Math.abs(p.bytes - p.bareBytes))} KB`, p.files]),
  );
}

function loadTable(f: Figures): string {
  const noOpAt = (c: number) => f.load.find((l) => l.target === NO_OP && l.concurrency === c);
  return table(
    ["action", "concurrency", "requests/s", "× no-op", "p50", "p95", "p99", "p95 × no-op", "requests", "errors"],
    f.load.map((l) => {
      const base = noOpAt(l.concurrency);
      return [
        l.target,
        l.concurrency,
        Math.round(l.requestsPerSecond),
        base ? (l.requestsPerSecond / base.requestsPerSecond).toFixed(2) : "",
        `${ms(l.p50)} ms`,
        `${ms(l.p95)} ms`,
        `${ms(l.p99)} ms`,
        base ? (l.p95 / base.p95).toFixed(2) : "",
        l.requests,
        l.errors,
      ];
    }),
  );
}

function phasesSection(f: Figures): string {
  const rows = f.phases.flatMap((p) => [
    [p.database, "validation (pick fields, zod schema)", ms(p.validate.median), ms(p.validate.p95)],
    [p.database, "rate limiter (two in-memory counters)", ms(p.limiter.median), ms(p.limiter.p95)],
    [p.database, "store: one transaction (the request, 2 outbox rows; its key is looked up only on a repeat)", ms(p.store.median), ms(p.store.p95)],
    [p.database, "whole submitForm", ms(p.submit.median), ms(p.submit.p95)],
    [p.database, "after the response: the outbox drain of its 2 emails (pooled SMTP)", ms(p.drain.median), ms(p.drain.p95)],
    [p.database, "for scale: one indexed single-row read through Prisma", ms(p.query.median), ms(p.query.p95)],
  ]);
  const lines = [table(["database", "phase", "median ms", "p95 ms"], rows)];
  const noOp = f.load.find((l) => l.target === NO_OP && l.concurrency === 1);
  for (const p of f.phases) {
    const real = f.load.find((l) => l.target.endsWith(p.database) && l.concurrency === 1);
    if (!noOp || !real) continue;
    const framework = noOp.p50;
    const app = real.p50 - framework - p.submit.median;
    lines.push(
      `\nAt concurrency 1 on ${p.database}, a request's ${ms(real.p50)} ms (median) is about ${ms(framework)} ms of Next.js ` +
        `handling a form post to an action (the no-op), ${ms(p.submit.median)} ms of submitForm, and ${ms(Math.max(app, 0))} ms ` +
        `of the site's own request work around it (proxy.ts reading the form once more to refuse what Next.js cannot decode, its CSP, the bigger form's multipart parsing, the after() hook). ` +
        `The outbox drain (${ms(p.drain.median)} ms) runs after the response, so it costs latency only when the server is busy.`,
    );
  }
  return lines.join("\n");
}

export function renderReport(f: Figures): string {
  const m = f.machine;
  return [
    `# Benchmark report${f.quick ? " (quick harness check: figures are not meaningful)" : ""}`,
    "",
    `Measured ${m.date.slice(0, 16).replace("T", " ")} UTC on ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Next.js ${m.next}, ${m.chromium}, PostgreSQL ${m.postgres}.` +
      (f.seconds ? ` The run took ${f.seconds} s.` : ""),
    "Rerun with `npm run bench` (about 10 minutes; `-- --skip-build` reuses `.next`). KB are 1,000 bytes.",
    "",
    "## Budgets",
    budgets(f),
    "",
    `## Lighthouse 13 (median of ${f.lighthouse[0]?.runs ?? 0} run${f.lighthouse[0]?.runs === 1 ? "" : "s"})`,
    lighthouseTable(f),
    "",
    "## First-load JavaScript",
    "Every `<script src>` a page's HTML loads (not the noModule polyfill), gzip-compressed, against a bare Next.js app built in the same run with the same packages (`bench/bare-app`: a static page, and an eight-field react-hook-form + zod form).",
    "",
    firstLoadTable(f),
    "",
    "## Submissions over HTTP",
    `Form posts as a browser without JavaScript sends them (multipart, React's hidden action fields, a fresh idempotency key each), closed loop over keep-alive connections from a separate process, ${f.loadWindow ? `measured for ${f.loadWindow.durationMs / 1000} s after ${f.loadWindow.warmupMs / 1000} s of warm-up` : ""}, against \`next start\` on 127.0.0.1. Each answered 303 to the confirmation page; every request was stored once and its two emails delivered to a local SMTP server. The no-op is the bare app's action that only redirects: what Next.js alone costs.`,
    "",
    loadTable(f),
    "",
    "## Where the time goes",
    "Measured inside one process with the site's own modules against the same kind of database and a local SMTP server.",
    "",
    phasesSection(f),
    "",
  ].join("\n");
}

const BEGIN = "<!-- bench:begin (written by npm run bench) -->";
const END = "<!-- bench:end -->";

/** Replaces the figures part of docs/quality.md with this run's report (one heading level down). */
export function updateQualityDoc(f: Figures) {
  const file = path.join(root, "docs/quality.md");
  const doc = readFileSync(file, "utf8");
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`docs/quality.md lacks the ${BEGIN} … ${END} markers`);
  const body = renderReport(f)
    .split("\n")
    .slice(2) // the report's own title
    .map((line) => (line.startsWith("#") ? `#${line}` : line))
    .join("\n");
  writeFileSync(file, `${doc.slice(0, begin + BEGIN.length)}\n${body}\n${doc.slice(end)}`);
}
