/**
 * A small closed-loop load generator for form posts: `concurrency` clients, each sending its next
 * request as soon as the previous answer has been read, over keep-alive connections. Run as a
 * child process (see `measureLoad`) so that its own work does not share an event loop with
 * anything else the benchmark does. Latencies are kept whole, so percentiles are exact.
 */
import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";

export type LoadSpec = {
  /** Where the form posts, e.g. http://127.0.0.1:3000/appointments. */
  url: string;
  /** The form's fields as a browser without JavaScript sends them (repeated names allowed). */
  fields: [string, string][];
  /** This field gets a fresh UUID in every request (the form's idempotency key). */
  uniqueField?: string;
  /** A request counts as served when it answers 303 to a path starting with this. */
  expectLocation: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
};

export type LoadResult = {
  /** Requests answered as expected over the whole run, warm-up included (each stored one submission). */
  served: number;
  /** Requests completed in the measured window. */
  requests: number;
  errors: number;
  /** Status codes (or error codes) of the requests that were not served as expected. */
  problems: Record<string, number>;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

const BOUNDARY = "----clinic-bench-boundary";

function multipart(fields: [string, string][]): Buffer {
  const parts = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`);
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  const target = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const latencies: number[] = [];
  let served = 0;
  const problems: Record<string, number> = {};
  const measureFrom = performance.now() + spec.warmupMs;
  const end = measureFrom + spec.durationMs;

  const post = () =>
    new Promise<string>((resolve) => {
      const fields = spec.uniqueField ? [...spec.fields, [spec.uniqueField, randomUUID()] as [string, string]] : spec.fields;
      const body = multipart(fields);
      const request = http.request(
        target,
        {
          method: "POST",
          agent,
          headers: {
            "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`,
            "Content-Length": body.length,
            Origin: target.origin,
            Accept: "text/html",
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            const location = response.headers.location ?? "";
            const served = response.statusCode === 303 && new URL(location, target).pathname.startsWith(spec.expectLocation);
            resolve(served ? "" : String(response.statusCode));
          });
        },
      );
      request.on("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? "error"));
      request.end(body);
    });

  async function client() {
    while (performance.now() < end) {
      const started = performance.now();
      const problem = await post();
      if (!problem) served++;
      if (started < measureFrom) continue;
      latencies.push(performance.now() - started);
      if (problem) problems[problem] = (problems[problem] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: spec.concurrency }, client));
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const errors = Object.values(problems).reduce((sum, n) => sum + n, 0);
  return {
    served,
    requests: latencies.length,
    errors,
    problems,
    requestsPerSecond: (latencies.length - errors) / (spec.durationMs / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}

/** Runs one load in a child process and returns its figures. */
export function measureLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--load", JSON.stringify(spec)], { stdio: "inherit" });
    child.once("message", (result) => resolve(result as LoadResult));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the load generator exited with code ${code}`))));
  });
}

if (process.argv[2] === "--load") {
  run(JSON.parse(process.argv[3]!) as LoadSpec).then(
    (result) => process.send!(result, () => process.exit(0)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
