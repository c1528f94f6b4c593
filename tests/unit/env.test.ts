import { parseEnv } from "@/lib/env.server";
import { DEFAULT_DATABASE_URL } from "@/lib/db/url";

// Next's types make NODE_ENV required in ProcessEnv; these tests leave it out on purpose.
const parse = (vars: Record<string, string>) => parseEnv(vars as unknown as NodeJS.ProcessEnv);

/** The message parseEnv throws, or "" when it accepts the environment. */
function problems(vars: Record<string, string>): string {
  try {
    parse(vars);
    return "";
  } catch (err) {
    return (err as Error).message;
  }
}

describe("parseEnv", () => {
  it("accepts an empty environment and fills in defaults", () => {
    expect(parse({})).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: DEFAULT_DATABASE_URL,
      SMTP_TIMEOUT_MS: 10_000,
      MAIL_DIR: ".data/mail",
      TRUSTED_PROXY_COUNT: 0,
      LOG_LEVEL: "info",
    });
  });

  it("treats empty strings as unset", () => {
    const env = parse({ DATABASE_URL: "", SMTP_URL: "", SITE_URL: "" });
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("accepts a complete production environment", () => {
    const env = parse({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://clinic@db.internal:5432/clinic",
      SMTP_URL: "smtps://user:pass@mail.example.test:465",
      SITE_URL: "https://clinic.example.test",
      ENCRYPTION_KEYS: `k20250101:${Buffer.alloc(32, 7).toString("base64")}`,
      AUTH_SECRET: "a".repeat(43),
      TRUSTED_PROXY_COUNT: "1",
    });
    expect(env.TRUSTED_PROXY_COUNT).toBe(1);
  });

  it("rejects a DATABASE_URL that is neither SQLite nor PostgreSQL", () => {
    expect(problems({ DATABASE_URL: "mysql://x" })).toMatch(/^\s*DATABASE_URL: /m);
  });

  it("rejects an SMTP_URL that is not smtp:// or smtps://", () => {
    const message = problems({ SMTP_URL: "http://x" });
    expect(message).toMatch(/^\s*SMTP_URL: /m);
    expect(message).not.toMatch(/DATABASE_URL/);
  });

  it("requires SMTP_URL and SITE_URL in production, naming both", () => {
    const message = problems({ NODE_ENV: "production" });
    expect(message).toMatch(/^\s*SMTP_URL: is required in production$/m);
    expect(message).toMatch(/^\s*SITE_URL: is required in production$/m);
  });

  it("requires ENCRYPTION_KEYS in production, and treats an empty one as unset", () => {
    expect(problems({ NODE_ENV: "production" })).toMatch(/^\s*ENCRYPTION_KEYS: is required in production$/m);
    expect(problems({ NODE_ENV: "production", ENCRYPTION_KEYS: "" })).toMatch(/^\s*ENCRYPTION_KEYS: is required in production$/m);
  });

  it("requires an AUTH_SECRET of at least 32 characters in production", () => {
    expect(problems({ NODE_ENV: "production" })).toMatch(/^\s*AUTH_SECRET: is required in production$/m);
    expect(problems({ AUTH_SECRET: "too-short" })).toMatch(/^\s*AUTH_SECRET: must be at least 32 characters$/m);
  });

  it("does not require ENCRYPTION_KEYS outside production (the development key file is used)", () => {
    expect(parse({ ENCRYPTION_KEYS: "" }).ENCRYPTION_KEYS).toBeUndefined();
    expect(parse({ NODE_ENV: "test" }).ENCRYPTION_KEYS).toBeUndefined();
  });

  it.each(["abc", "-1", "1.5", "99"])("rejects TRUSTED_PROXY_COUNT=%s", (value) => {
    expect(problems({ TRUSTED_PROXY_COUNT: value })).toMatch(/^\s*TRUSTED_PROXY_COUNT: /m);
  });

  it("does not echo secrets from the environment in its message", () => {
    // A malformed URL is rejected; its password must not end up in logs.
    expect(problems({ SMTP_URL: "ftp://user:s3cret@mail.example.test" })).not.toContain("s3cret");
  });
});
