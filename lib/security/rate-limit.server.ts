import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env.server";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface SubmissionLimiter {
  consume(clientKey: string): Promise<RateLimitResult>;
}

export type SubmissionLimits = {
  perClient: { points: number; durationSeconds: number };
  /** A ceiling for the whole site, which still holds when client keys can be forged. */
  siteWide: { points: number; durationSeconds: number };
};

export function createSubmissionLimiter(limits: SubmissionLimits): SubmissionLimiter {
  const perClient = new RateLimiterMemory({ keyPrefix: "submit", points: limits.perClient.points, duration: limits.perClient.durationSeconds });
  const siteWide = new RateLimiterMemory({ keyPrefix: "submit-all", points: limits.siteWide.points, duration: limits.siteWide.durationSeconds });
  return {
    async consume(clientKey) {
      try {
        await perClient.consume(clientKey);
        await siteWide.consume("site");
        return { ok: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
        }
        throw rejection;
      }
    },
  };
}

const globalForLimiter = globalThis as unknown as { submissionLimiter?: SubmissionLimiter };

/** The process-wide limiter for the public forms, sized from the environment. */
export function submissionLimiter(): SubmissionLimiter {
  const { SUBMISSIONS_PER_CLIENT_PER_HOUR, SUBMISSIONS_PER_MINUTE } = env();
  globalForLimiter.submissionLimiter ??= createSubmissionLimiter({
    perClient: { points: SUBMISSIONS_PER_CLIENT_PER_HOUR, durationSeconds: 3600 },
    siteWide: { points: SUBMISSIONS_PER_MINUTE, durationSeconds: 60 },
  });
  return globalForLimiter.submissionLimiter;
}
