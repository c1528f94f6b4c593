/** Lighthouse 13 runs against Debian's Chromium, one CLI process per run. */
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { root } from "../lib/next-server";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = "desktop" | "mobile";
export type LighthouseRun = { scores: Record<Category, number>; lcpMs: number; tbtMs: number; cls: number };

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Without the networking flags Chromium keeps trying to reach Google on a closed network. */
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

/** One Lighthouse run; mobile is Lighthouse's default (a mid-range phone on a throttled network, simulated). */
export async function lighthouse(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const out = path.join(os.tmpdir(), `lighthouse-${process.pid}-${Date.now()}.json`);
  try {
    await promisify(execFile)(
      path.join(root, "node_modules/.bin/lighthouse"),
      [
        url,
        `--chrome-path=${CHROMIUM}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
        "--output=json",
        `--output-path=${out}`,
        "--quiet",
      ],
      { timeout: 120_000 },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<Category, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { message: string };
    };
    if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c].score ?? NaN) * 100)])) as Record<Category, number>;
    return {
      scores,
      lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
      cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    };
  } finally {
    rmSync(out, { force: true });
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Lighthouse sometimes fails to record a trace here ("Please run Lighthouse again", NO_NAVSTART): it is, up to twice. */
async function lighthouseWithRetries(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url, formFactor);
    } catch (err) {
      if (attempt === 3) throw err;
      console.log(`Lighthouse on ${url} (${formFactor}) failed, running it again: ${(err as Error).message.split("\n").find((l) => l.includes("error")) ?? ""}`);
    }
  }
}

/** The median of each score and metric over `runs` runs. */
export async function medianLighthouse(url: string, formFactor: FormFactor, runs: number): Promise<LighthouseRun & { runs: number }> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseWithRetries(url, formFactor));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]))])) as Record<Category, number>;
  return {
    scores,
    lcpMs: median(results.map((r) => r.lcpMs)),
    tbtMs: median(results.map((r) => r.tbtMs)),
    cls: median(results.map((r) => r.cls)),
    runs,
  };
}
