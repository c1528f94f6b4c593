import "server-only";
import { z } from "zod";
import { ConfigError } from "@/lib/config-error";
import { DEFAULT_DATABASE_URL } from "@/lib/db/url";

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgres:// (PostgreSQL)")
        .default(DEFAULT_DATABASE_URL),
    ),
    SMTP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
    /** Milliseconds nodemailer waits for connect, greeting and each socket read. */
    SMTP_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
    /** How often each instance retries pending emails. */
    OUTBOX_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
    /**
     * How long an instance owns an email it claimed to send. A crashed instance's claims are
     * retried after this; it must outlast the slowest send (checked against SMTP_TIMEOUT_MS).
     */
    OUTBOX_LEASE_MS: z.coerce.number().int().min(2000).max(3_600_000).default(600_000),
    /** After SIGTERM, how long in-flight submissions and email sends may take before the process exits anyway. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(25_000),
    /** Redis for shared rate limits across instances, e.g. redis://127.0.0.1:6379 */
    REDIS_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^rediss?$/ }).optional()),
    /**
     * Where the form rate limits count: "memory" (one instance), "redis" (REDIS_URL) or
     * "database" (the application's database). Default: redis with REDIS_URL, database on
     * PostgreSQL, memory on SQLite.
     */
    RATE_LIMIT_STORE: z.preprocess(emptyAsUndefined, z.enum(["memory", "redis", "database"]).optional()),
    /** Folder for development mail (.eml files) when SMTP_URL is not set. */
    MAIL_DIR: z.string().default(".data/mail"),
    /** Absolute origin used for links in emails, e.g. https://clinic.example.test */
    SITE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none). */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(5).default(0),
    /** Form submissions (valid or not) one client may make per hour. */
    SUBMISSIONS_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).default(30),
    /** Form submissions the whole site accepts per minute, whoever sends them. */
    SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    /**
     * Field-encryption keys, "id:base64key[,id:base64key...]": the first encrypts, all decrypt.
     * Checked by keyRing() (lib/security/encryption.server.ts), which never prints the value.
     */
    ENCRYPTION_KEYS: z.preprocess(emptyAsUndefined, z.string().optional()),
    /**
     * Signs staff session cookies and encrypts staff authenticator secrets (32+ characters).
     * Changing it signs every staff member out and invalidates their authenticator set-up.
     */
    AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    // A send can wait SMTP_TIMEOUT_MS for the connection, the greeting and each reply.
    if (env.OUTBOX_LEASE_MS < 4 * env.SMTP_TIMEOUT_MS) {
      ctx.addIssue({ code: "custom", path: ["OUTBOX_LEASE_MS"], message: "must be at least 4 × SMTP_TIMEOUT_MS" });
    }
    if (env.RATE_LIMIT_STORE === "redis" && !env.REDIS_URL) {
      ctx.addIssue({ code: "custom", path: ["REDIS_URL"], message: "is required when RATE_LIMIT_STORE is redis" });
    }
    if (env.NODE_ENV !== "production") return;
    if (!env.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production" });
    if (!env.SITE_URL) ctx.addIssue({ code: "custom", path: ["SITE_URL"], message: "is required in production" });
    if (!env.ENCRYPTION_KEYS) ctx.addIssue({ code: "custom", path: ["ENCRYPTION_KEYS"], message: "is required in production" });
    if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new ConfigError(`Invalid environment variables:\n${problems}\nSee README.md, "Configuration".`);
}

let cached: Env | undefined;

/** The parsed environment; parsed once, on first use (instrumentation.ts calls it at start-up). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function siteUrl(): string {
  return env().SITE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}
