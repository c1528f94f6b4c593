/** Staff accounts for the browser tests, made as a clinic makes them: the command, then the set-up link. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { totp } from "@/tests/helpers/totp";
import { letters } from "./person";
import { requireEnv } from "./env";

const root = path.resolve(__dirname, "../../..");

export type StaffAccount = { email: string; name: string; password: string; secret: string };

const serverUnderTest = () => JSON.parse(readFileSync(requireEnv("E2E_APP_ENV_FILE"), "utf8")) as Record<string, string>;

/** Runs a project command (npm script) with the settings of the server under test (or those given). */
export function runProjectCommand(script: string, args: string[], appEnv: Record<string, string | undefined> = serverUnderTest()): string {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], { cwd: root, env: { ...process.env, ...appEnv }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `npm run staff:create`; returns the set-up link it prints. */
export function createAccount(role: "front-desk" | "admin", appEnv?: Record<string, string | undefined>): { email: string; name: string; link: string } {
  const tag = letters(6);
  const email = `${role}-${tag}@cedarlane.example.test`;
  const name = `${role === "admin" ? "Ada" : "Frankie"} ${tag}`;
  const output = runProjectCommand("staff:create", ["--email", email, "--name", name, "--role", role], appEnv);
  const link = /https?:\/\/\S+\/staff\/setup\/[A-Za-z0-9_-]+/.exec(output)?.[0];
  if (!link) throw new Error(`staff:create printed no set-up link:\n${output}`);
  return { email, name, link };
}

const usedCodes = new Map<string, string>();
const nextStep = () => new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200));

/**
 * The code an authenticator app shows now. Waits for the next 30-second step when the code is
 * about to change (so it is not stale on arrival) or was already used (as a person would).
 */
export async function freshCode(secret: string): Promise<string> {
  if (30_000 - (Date.now() % 30_000) < 3_000 || usedCodes.get(secret) === totp(secret)) await nextStep();
  const code = totp(secret);
  usedCodes.set(secret, code);
  return code;
}

/** Follows the set-up link in `page`: password, then the authenticator secret and a first code. */
export async function finishSetup(page: Page, link: string, { onStep }: { onStep?: (step: string) => Promise<void> } = {}): Promise<{ password: string; secret: string }> {
  const password = `correct horse ${letters(8)} staple`;
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your staff account");
  await onStep?.("password");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("The same password again").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  const secretText = page.getByTestId("totp-secret");
  await expect(secretText).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await onStep?.("authenticator");
  const secret = (await secretText.textContent())!.trim();
  await page.getByLabel("6-digit code").fill(await freshCode(secret));
  await page.getByRole("button", { name: "Finish set-up" }).click();
  await page.waitForURL(/\/staff\?welcome=1$/);
  return { password, secret };
}

export async function enrol(page: Page, role: "front-desk" | "admin"): Promise<StaffAccount> {
  const { email, name, link } = createAccount(role);
  const { password, secret } = await finishSetup(page, link);
  return { email, name, password, secret };
}

/** Signs in on whatever sign-in page `page` shows (after a redirect or not). */
export async function signIn(page: Page, account: StaffAccount): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your code");
  await page.getByLabel("6-digit code").fill(await freshCode(account.secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/staff/sign-in"));
}
