/**
 * The insurance verification request, end to end: the form with and without JavaScript
 * (questions that do not apply hidden, or shown with skip notes), real card uploads, the
 * stored rows (plan numbers and card images encrypted), the two emails and what must never
 * appear in them, files the browser or the server refuses, and axe on every state.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { HEIC, JPEG, PDF, PNG, paddedTo } from "@/tests/helpers/card-files";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJavaScript } from "./support/axe";
import {
  countInsuranceRequestsWithLastName,
  findInsuranceRequest,
  insuranceCardsOf,
  insuranceCoveragesOf,
  outboxFor,
  type Row,
} from "./support/db";
import { decryptBytes, decryptText, envelopeOverhead, insuranceContext } from "./support/encryption";
import { baseURL, requireEnv } from "./support/env";
import { capitalized, letters, newContact, openPage, storedContact, yearsAgo, type Contact } from "./support/person";
import { readable, waitForMail, type CapturedMail } from "./support/mail";
import { VIEWPORTS } from "./support/viewports";

// Every test uses its own random patient, so they can share the server and run side by side.
test.describe.configure({ mode: "parallel" });

const REFERENCE = /INS-[0-9A-Z]{4}-[0-9A-Z]{4}/;
const STAFF_ADDRESS = "intake@cedarlane.example.test";
const MB = 1024 * 1024;

const TREATMENT = { id: "esketamine", label: "Esketamine nasal spray (Spravato®)" };
const EMPLOYER = "Through an employer or a plan I bought (commercial)";
const SELF_PAY = "No insurance, or I will pay for myself (self-pay)";
const CARRIER = { id: "regence", name: "Regence BlueCross BlueShield" };

const digits = (length: number) => Array.from({ length }, () => String(randomInt(10))).join("");

type Person = Contact & {
  memberId: string;
  groupNumber: string;
  policyholderName: string;
  policyholderDateOfBirth: string;
  carrierOther: string;
};

function newPerson(): Person {
  return {
    ...newContact({ first: "Isolde", last: "Brackenridge", age: 41, emailPrefix: "e2e.ins" }),
    memberId: `QZX${digits(9)}`,
    groupNumber: `GRP-${digits(6)}`,
    policyholderName: `Marisol ${capitalized(letters(6))}wick`,
    policyholderDateOfBirth: yearsAgo(44),
    carrierOther: `Wyvernholt Mutual ${capitalized(letters(6))}`,
  };
}

type Card = { name: string; mimeType: string; buffer: Buffer };

const group = (page: Page, legend: string | RegExp) => page.getByRole("group", { name: legend, exact: typeof legend === "string" });
const sectionHeading = (page: Page, name: string) => page.getByRole("heading", { name, exact: true });
const submitButton = (page: Page) => page.getByRole("button", { name: "Send for verification" });
const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: /please correct/i });
const exactLabel = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const cardInput = (page: Page, side: "Front" | "Back") => exactLabel(page, `${side} of the card (optional)`);

/** Headings of the parts that only apply to insured people (JavaScript hides them when they do not). */
const INSURED_HEADINGS = ["Your insurance", "A second insurance plan", "Your permission"];
/** The self-pay note the server renders for browsers without JavaScript; React removes it once hydrated. */
const SELF_PAY_ASIDE = "If you have no insurance or will pay for yourself";

async function gotoForm(page: Page, { javaScript }: { javaScript: boolean }) {
  const response = await page.goto("/verify-insurance", { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify your insurance");
  // With JavaScript, wait until React has hydrated (it drops the no-JavaScript self-pay note).
  await expect(sectionHeading(page, SELF_PAY_ASIDE)).toHaveCount(javaScript ? 0 : 1);
}

async function fillPatient(page: Page, person: Person) {
  await exactLabel(page, "First name").fill(person.firstName);
  await exactLabel(page, "Last name").fill(person.lastName);
  await exactLabel(page, "Date of birth").fill(person.dateOfBirth);
  await exactLabel(page, "Phone number").fill(person.phone);
  await exactLabel(page, "Email address").fill(person.email);
  await group(page, "Which treatment would you like us to check?").getByRole("radio", { name: TREATMENT.label }).check();
}

const chooseCoverage = (page: Page, label: string) => group(page, "How are you covered?").getByRole("radio", { name: label, exact: true }).check();

/** The first plan's text answers (carrier, plan type, numbers); who holds it is chosen separately. */
async function fillPlan(page: Page, person: Person, carrier: { id: string; name: string } | "other") {
  if (carrier === "other") {
    await exactLabel(page, "Insurance company").selectOption({ label: "Other (not listed)" });
    await exactLabel(page, "Name of the insurance company").fill(person.carrierOther);
  } else {
    await exactLabel(page, "Insurance company").selectOption({ label: carrier.name });
  }
  await group(page, "Plan type").getByRole("radio", { name: "PPO", exact: true }).check();
  await exactLabel(page, "Member ID").fill(person.memberId);
  await exactLabel(page, "Group number (optional)").fill(person.groupNumber);
}

const chooseHolder = (page: Page, label: string) => group(page, "Who holds this plan?").getByRole("radio", { name: label, exact: true }).check();

async function fillPolicyholder(page: Page, person: Person) {
  await exactLabel(page, "Policyholder's full name").fill(person.policyholderName);
  await exactLabel(page, "Policyholder's date of birth").fill(person.policyholderDateOfBirth);
}

async function finishInsured(page: Page) {
  await group(page, "Do you have a second insurance plan?").getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("checkbox", { name: /may contact my insurance company/i }).check();
}

/** Submits and waits for the confirmation page; returns the reference it shows. */
async function submitAndConfirm(page: Page): Promise<string> {
  await submitButton(page).click();
  return confirmation(page);
}

/** Waits for the confirmation page; returns the reference it shows. */
async function confirmation(page: Page): Promise<string> {
  await page.waitForURL(/\/verify-insurance\/submitted\?ref=INS-/, { timeout: 20_000 });
  const reference = new URL(page.url()).searchParams.get("ref") ?? "";
  expect(reference).toMatch(new RegExp(`^${REFERENCE.source}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We received your insurance details");
  await expect(page.getByText(reference, { exact: true })).toBeVisible();
  await expect(page.getByText("awaiting review", { exact: true })).toBeVisible();
  // After a client-side redirect Next.js streams the new <title> in a moment later.
  await expect(page).toHaveTitle(/^Insurance details received \|/);
  return reference;
}

/** The request row, checked against what was typed, stored exactly once. */
function expectRequest(reference: string, person: Person, coverageType: string): Row {
  const row = findInsuranceRequest(reference);
  expect(row, `InsuranceRequest ${reference} in the database`).toBeTruthy();
  expect(row).toMatchObject({
    reference,
    status: "new",
    ...storedContact(person),
    treatment: TREATMENT.id,
    coverageType,
  });
  expect(countInsuranceRequestsWithLastName(person.lastName), "stored exactly once").toBe(1);
  return row!;
}

/** An encrypted text column: not the value, not containing it, and decrypting back to it. */
function expectSealedText(sealed: unknown, plain: string, reference: string, what: string) {
  expect(typeof sealed, `${what} is stored as text`).toBe("string");
  expect(sealed as string, `${what} is encrypted`).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  expect(sealed as string, `${what} does not contain the plain value`).not.toContain(plain);
  expect(decryptText(sealed as string, insuranceContext(reference, "primary", what)), `${what} decrypts`).toBe(plain);
}

/** A card row: the media type detected from the bytes, the content encrypted and decrypting to the file. */
function expectSealedCard(card: Row | undefined, reference: string, side: "front" | "back", file: Card, mediaType: string) {
  expect(card, `the ${side} card in the database`).toBeTruthy();
  expect(card).toMatchObject({ rank: "primary", side, mediaType, byteSize: file.buffer.length });
  const content = card!.content as Buffer;
  expect(Buffer.isBuffer(content), `${side} card content is bytes`).toBe(true);
  expect(content.equals(file.buffer), `${side} card is not stored as the plain file`).toBe(false);
  expect(content.includes(file.buffer), `${side} card does not contain the plain file`).toBe(false);
  expect(content.length).toBe(file.buffer.length + envelopeOverhead(content));
  expect(decryptBytes(content, insuranceContext(reference, "primary", `card-${side}`)).equals(file.buffer), `${side} card decrypts to the file`).toBe(true);
}

/**
 * Encrypted values appear nowhere in the database's files, not even in a free page or the WAL.
 * `stored` is a value kept in plain text, to prove the search can find what is there.
 */
function expectNotInDatabaseFiles(plain: string[], stored: string) {
  const dbPath = requireEnv("E2E_DB_PATH");
  const files = [dbPath, `${dbPath}-wal`, `${dbPath}-journal`].filter((f) => existsSync(f)).map((f) => ({ f, bytes: readFileSync(f) }));
  const has = (bytes: Buffer, value: string) => bytes.includes(Buffer.from(value, "utf8"));
  expect(files.some(({ bytes }) => has(bytes, stored)), `the plain ${stored} in the database files`).toBe(true);
  for (const { f, bytes } of files) expect(plain.filter((p) => has(bytes, p)), `plain values in ${f}`).toEqual([]);
}

/** The values that must never leave the database: not in any email, not in the server's log. */
function secretsOf(person: Person, { policyholder = false, carrierNames = [] as string[] } = {}): string[] {
  const usDate = (iso: string) => {
    const [y, m, d] = iso.split("-");
    return `${m}/${d}/${y}`;
  };
  return [
    person.firstName,
    person.lastName,
    person.dateOfBirth,
    usDate(person.dateOfBirth),
    person.phone,
    person.phoneStored,
    person.phoneDigits,
    person.memberId,
    person.groupNumber,
    ...(policyholder ? [person.policyholderName, person.policyholderDateOfBirth, usDate(person.policyholderDateOfBirth)] : []),
    ...carrierNames,
    TREATMENT.label,
  ];
}

function expectNoneOf(haystack: string, needles: string[], where: string) {
  const lower = haystack.toLowerCase();
  const found = needles.filter((n) => lower.includes(n.toLowerCase()));
  expect(found, `patient data found in ${where}`).toEqual([]);
}

/** Both emails arrive; the staff subject is exact; neither carries patient or plan data; the log neither. */
async function expectEmailsAndLog(reference: string, person: Person, secrets: string[]) {
  const messages = await waitForMail(reference, 2, 15_000);
  expect(messages.map((m) => m.subject), `emails mentioning ${reference}`).toHaveLength(2);

  const isStaff = (m: CapturedMail) => m.envelope.to.includes(STAFF_ADDRESS);
  const staff = messages.find(isStaff);
  const patient = messages.find((m) => !isStaff(m));
  expect(staff, "the staff notification").toBeTruthy();
  expect(patient, "the patient's confirmation").toBeTruthy();

  expect(staff!.subject).toBe(`New insurance verification ${reference}`);
  expect(`${staff!.text}\n${staff!.html}`).toContain(`${baseURL()}/staff/submissions/${reference}`);
  expect(patient!.envelope.to).toEqual([person.email.toLowerCase()]);
  expect(`${patient!.subject}\n${patient!.text}\n${patient!.html}`).toContain(reference);

  expectNoneOf(readable(staff!), [...secrets, person.email], `the staff email (${staff!.file})`);
  expectNoneOf(readable(patient!), secrets, `the patient email (${patient!.file})`);
  await expect.poll(() => outboxFor(reference).map((r) => r.status), { message: "outbox rows sent" }).toEqual(["sent", "sent"]);

  const log = readFileSync(requireEnv("E2E_SERVER_LOG"), "utf8");
  expectNoneOf(log, [...secrets, person.email], "the server log");
}

test.describe("insurance verification", () => {
  test("with JavaScript: an insured person with card photos; stored encrypted, emailed without details", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page, { javaScript: true });
      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, EMPLOYER);

      // Insured: the plan questions appear; the ones that do not apply yet stay hidden.
      await expect(sectionHeading(page, "Your insurance")).toBeVisible();
      await expect(sectionHeading(page, "Your permission")).toBeVisible();
      await expect(exactLabel(page, "Name of the insurance company")).toHaveCount(0);
      await expect(sectionHeading(page, "Your second insurance plan")).toHaveCount(0);
      await expect(page.getByText(/skip this part/i)).toHaveCount(0);

      // "Other" asks for the company's name; a listed company does not.
      await exactLabel(page, "Insurance company").selectOption({ label: "Other (not listed)" });
      await expect(exactLabel(page, "Name of the insurance company")).toBeVisible();
      await fillPlan(page, person, CARRIER);
      await expect(exactLabel(page, "Name of the insurance company")).toHaveCount(0);
      await chooseHolder(page, "I am the policyholder");
      await expect(exactLabel(page, "Policyholder's full name")).toHaveCount(0);
      await chooseHolder(page, "My spouse or partner");
      await expect(exactLabel(page, "Policyholder's full name")).toBeVisible();
      await expect(exactLabel(page, "Policyholder's date of birth")).toBeVisible();
      await fillPolicyholder(page, person);

      const front: Card = { name: "card-front.jpg", mimeType: "image/jpeg", buffer: JPEG };
      const back: Card = { name: "card-back.png", mimeType: "image/png", buffer: PNG };
      await cardInput(page, "Front").setInputFiles(front);
      await cardInput(page, "Back").setInputFiles(back);
      // "Yes" to a second plan asks about it; "No" takes the questions away again.
      const secondPlan = group(page, "Do you have a second insurance plan?");
      await secondPlan.getByRole("radio", { name: "Yes", exact: true }).check();
      await expect(sectionHeading(page, "Your second insurance plan")).toBeVisible();
      await expect(exactLabel(page, "Member ID (second plan)")).toBeVisible();
      await finishInsured(page);
      await expect(sectionHeading(page, "Your second insurance plan")).toHaveCount(0);

      await expectNoAxeViolations(page, "/verify-insurance (insured, policyholder shown)");

      const reference = await submitAndConfirm(page);
      await expectNoAxeViolations(page, `/verify-insurance/submitted?ref=${reference}`);

      const request = expectRequest(reference, person, "employer");
      expect(request.consentToVerifyAt, "consent recorded").not.toBeNull();
      const coverages = insuranceCoveragesOf(request.id as string);
      expect(coverages.map((c) => c.rank)).toEqual(["primary"]);
      expect(coverages[0]).toMatchObject({ carrier: CARRIER.id, carrierName: CARRIER.name, planType: "ppo", relationship: "spouse" });
      expectSealedText(coverages[0]!.memberId, person.memberId, reference, "memberId");
      expectSealedText(coverages[0]!.groupNumber, person.groupNumber, reference, "groupNumber");
      expect(coverages[0]!.policyholder as string).not.toContain(person.policyholderName);
      expectSealedText(
        coverages[0]!.policyholder,
        JSON.stringify({ name: person.policyholderName, dateOfBirth: person.policyholderDateOfBirth }),
        reference,
        "policyholder",
      );

      const cards = insuranceCardsOf(request.id as string);
      expect(cards).toHaveLength(2);
      expectSealedCard(cards.find((c) => c.side === "front"), reference, "front", front, "image/jpeg");
      expectSealedCard(cards.find((c) => c.side === "back"), reference, "back", back, "image/png");

      expectNotInDatabaseFiles([person.memberId, person.groupNumber, person.policyholderName], person.lastName);
      await expectEmailsAndLog(reference, person, secretsOf(person, { policyholder: true, carrierNames: [CARRIER.name, "Regence"] }));
    } finally {
      await context.close();
    }
  });

  test("without JavaScript: every section shows, and a multipart post with a card photo is stored encrypted", async ({ browser }) => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await gotoForm(page, { javaScript: false });
      // Every question shows, with a note on when to skip it.
      for (const heading of [...INSURED_HEADINGS, "Your second insurance plan", SELF_PAY_ASIDE]) {
        await expect(sectionHeading(page, heading), heading).toBeVisible();
      }
      for (const label of [
        "Name of the insurance company",
        "Policyholder's full name",
        "Policyholder's date of birth",
        "Insurance company (second plan)",
        "Member ID (second plan)",
      ]) {
        await expect(exactLabel(page, label), label).toBeVisible();
      }
      await expect(page.getByText("Skip this part if you chose self-pay above.").first()).toBeVisible();
      await expect(page.getByText("Only if you answered “Yes” to having a second plan.")).toBeVisible();

      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, EMPLOYER);
      await fillPlan(page, person, "other");
      await chooseHolder(page, "I am the policyholder");
      const front: Card = { name: "IMG_0412.HEIC", mimeType: "image/heic", buffer: HEIC };
      await cardInput(page, "Front").setInputFiles(front);
      await finishInsured(page);

      const posted = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/verify-insurance");
      const reference = await submitAndConfirm(page);
      expect((await posted).headers()["content-type"], "the form posts multipart").toMatch(/^multipart\/form-data; boundary=/);

      const request = expectRequest(reference, person, "employer");
      const coverages = insuranceCoveragesOf(request.id as string);
      expect(coverages).toHaveLength(1);
      expect(coverages[0]).toMatchObject({ carrier: "other", carrierName: person.carrierOther, planType: "ppo", relationship: "self", policyholder: null });
      expectSealedText(coverages[0]!.memberId, person.memberId, reference, "memberId");
      expectSealedText(coverages[0]!.groupNumber, person.groupNumber, reference, "groupNumber");
      const cards = insuranceCardsOf(request.id as string);
      expect(cards.map((c) => c.side)).toEqual(["front"]);
      expectSealedCard(cards[0], reference, "front", front, "image/heic");
    } finally {
      await context.close();
    }
  });

  test("without JavaScript: a self-pay person answers only the patient questions", async ({ browser }) => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await gotoForm(page, { javaScript: false });
      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, SELF_PAY);
      const reference = await submitAndConfirm(page);

      const request = expectRequest(reference, person, "self-pay");
      expect(request.consentToVerifyAt).toBeNull();
      expect(insuranceCoveragesOf(request.id as string)).toEqual([]);
      expect(insuranceCardsOf(request.id as string)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("with JavaScript: questions stay hidden until the answer they depend on is given", async ({ browser }) => {
    // react-hook-form reports an unchecked radio group as null, not undefined (fixed in 6a6b760).
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page, { javaScript: true });
      for (const heading of INSURED_HEADINGS) await expect(sectionHeading(page, heading), `"${heading}" before coverage is chosen`).toHaveCount(0);
      await chooseCoverage(page, EMPLOYER);
      await expect(sectionHeading(page, "Your insurance")).toBeVisible();
      await expect(exactLabel(page, "Policyholder's full name"), "before “Who holds this plan?” is answered").toHaveCount(0);
      await group(page, "Do you have a second insurance plan?").getByRole("radio", { name: "Yes", exact: true }).check();
      await expect(sectionHeading(page, "Your second insurance plan")).toBeVisible();
      await expect(exactLabel(page, "Policyholder's full name (second plan)"), "before the second plan's holder is answered").toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test("with JavaScript: the card photos are optional", async ({ browser }) => {
    // An empty file input still adds an unnamed, empty file; sent as-is, Next.js's multipart
    // reader names it "undefined", and it would be refused as an empty photo.
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page, { javaScript: true });
      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, EMPLOYER);
      await fillPlan(page, person, CARRIER);
      await chooseHolder(page, "I am the policyholder");
      await finishInsured(page);
      await submitButton(page).click();
      const confirmed = page.getByRole("heading", { level: 1, name: "We received your insurance details" });
      await expect(errorSummary(page).or(confirmed)).toBeVisible({ timeout: 15_000 });
      const errors = await errorSummary(page).allTextContents();
      expect(errors, "no error for card fields left empty").toEqual([]);
      const reference = await confirmation(page);
      const request = expectRequest(reference, person, "employer");
      expect(insuranceCardsOf(request.id as string)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("with JavaScript: choosing self-pay hides the insurance questions and shows the self-pay information", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page, { javaScript: true });
      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, EMPLOYER);
      await expect(sectionHeading(page, "Your insurance")).toBeVisible();
      await expect(sectionHeading(page, "Paying for yourself")).toHaveCount(0);

      await chooseCoverage(page, SELF_PAY);
      for (const heading of INSURED_HEADINGS) await expect(sectionHeading(page, heading), heading).toHaveCount(0);
      await expect(exactLabel(page, "Member ID")).toHaveCount(0);
      await expect(cardInput(page, "Front")).toHaveCount(0);
      await expect(sectionHeading(page, "Paying for yourself")).toBeVisible();
      await expect(page.getByText(/there is nothing more to fill in/i)).toBeVisible();
      await expectNoAxeViolations(page, "/verify-insurance (self-pay chosen)");

      const reference = await submitAndConfirm(page);
      const request = expectRequest(reference, person, "self-pay");
      expect(insuranceCoveragesOf(request.id as string)).toEqual([]);
      expect(insuranceCardsOf(request.id as string)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const javaScript of [true, false]) {
    test(`${javaScript ? "with" : "without"} JavaScript: a PDF renamed card.jpg is refused on its field, keeping the answers`, async ({ browser }) => {
      const { context, page } = await openPage(browser, { javaScriptEnabled: javaScript });
      try {
        await gotoForm(page, { javaScript });
        const person = newPerson();
        await fillPatient(page, person);
        await chooseCoverage(page, EMPLOYER);
        await fillPlan(page, person, CARRIER);
        await chooseHolder(page, "My spouse or partner");
        await fillPolicyholder(page, person);
        await cardInput(page, "Front").setInputFiles({ name: "card.jpg", mimeType: "image/jpeg", buffer: PDF });
        await cardInput(page, "Back").setInputFiles({ name: "back.png", mimeType: "image/png", buffer: PNG });
        await finishInsured(page);

        const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/verify-insurance");
        await submitButton(page).click();
        expect((await answered).status()).toBe(200);
        if (!javaScript) await page.waitForLoadState("load");

        const summary = errorSummary(page);
        await expect(summary).toBeVisible();
        await expect(summary).toContainText("Please correct the highlighted field and send the form again.");
        await expect(summary.getByRole("link")).toHaveCount(1);
        await expect(summary.getByRole("link")).toContainText(/named as a JPEG file but contains a PDF document/);
        await expect(summary.getByRole("link")).toHaveAttribute("href", "#cardFront");
        expect(new URL(page.url()).pathname).toBe("/verify-insurance");

        const front = cardInput(page, "Front");
        await expect(front).toHaveAttribute("aria-invalid", "true");
        await expect(front).toHaveAccessibleDescription(/named as a JPEG file but contains a PDF document/);
        await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);
        if (!javaScript) {
          // The browser cannot be given the file back: the hint says to choose it again.
          await expect(page.locator("#cardFront-hint")).toContainText("please choose it again");
          await expect(front).toHaveAccessibleDescription(/please choose it again/);
        }

        // Everything typed is still there (without JavaScript: rendered back by the server).
        await expect(exactLabel(page, "First name")).toHaveValue(person.firstName);
        await expect(exactLabel(page, "Last name")).toHaveValue(person.lastName);
        await expect(exactLabel(page, "Date of birth")).toHaveValue(person.dateOfBirth);
        await expect(exactLabel(page, "Phone number")).toHaveValue(person.phone);
        await expect(exactLabel(page, "Email address")).toHaveValue(person.email);
        await expect(group(page, "Which treatment would you like us to check?").getByRole("radio", { name: TREATMENT.label })).toBeChecked();
        await expect(group(page, "How are you covered?").getByRole("radio", { name: EMPLOYER })).toBeChecked();
        await expect(exactLabel(page, "Insurance company")).toHaveValue(CARRIER.id);
        await expect(group(page, "Plan type").getByRole("radio", { name: "PPO", exact: true })).toBeChecked();
        await expect(exactLabel(page, "Member ID")).toHaveValue(person.memberId);
        await expect(exactLabel(page, "Group number (optional)")).toHaveValue(person.groupNumber);
        await expect(group(page, "Who holds this plan?").getByRole("radio", { name: "My spouse or partner" })).toBeChecked();
        await expect(exactLabel(page, "Policyholder's full name")).toHaveValue(person.policyholderName);
        await expect(exactLabel(page, "Policyholder's date of birth")).toHaveValue(person.policyholderDateOfBirth);
        await expect(group(page, "Do you have a second insurance plan?").getByRole("radio", { name: "No", exact: true })).toBeChecked();
        await expect(page.getByRole("checkbox", { name: /may contact my insurance company/i })).toBeChecked();

        expect(countInsuranceRequestsWithLastName(person.lastName), "nothing stored").toBe(0);
        if (javaScript) await expectNoAxeViolations(page, "/verify-insurance with a file error");
        else await expectNoAxeViolationsWithoutJavaScript(page, "/verify-insurance with a file error");
      } finally {
        await context.close();
      }
    });
  }

  test("with JavaScript: a file over 10 MB is refused in the browser, before anything is sent", async ({ browser }, testInfo) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page, { javaScript: true });
      const person = newPerson();
      await fillPatient(page, person);
      await chooseCoverage(page, EMPLOYER);
      await fillPlan(page, person, CARRIER);
      await chooseHolder(page, "I am the policyholder");
      await finishInsured(page);
      // From disk: the browser reads it directly, much faster than 11 MB sent over the protocol.
      const large = testInfo.outputPath("front.jpg");
      writeFileSync(large, paddedTo(JPEG, 11 * MB));
      await cardInput(page, "Front").setInputFiles(large);

      const posts: string[] = [];
      page.on("request", (r) => {
        if (r.method() === "POST") posts.push(r.url());
      });
      await submitButton(page).click();

      await expect(errorSummary(page)).toBeVisible();
      await expect(errorSummary(page).getByRole("link")).toHaveCount(1);
      const front = cardInput(page, "Front");
      await expect(front).toHaveAttribute("aria-invalid", "true");
      await expect(front).toHaveAccessibleDescription(/each file can be up to 10 MB/);
      await expect(page.locator("#cardFront-error")).toContainText("10 MB");
      await expect(front).toBeFocused();

      expect(posts, "nothing was posted").toEqual([]);
      expect(new URL(page.url()).pathname).toBe("/verify-insurance");
      expect(countInsuranceRequestsWithLastName(person.lastName), "nothing stored").toBe(0);
    } finally {
      await context.close();
    }
  });

  for (const { name, options } of VIEWPORTS) {
    test(`has no axe violations without JavaScript, every section shown (${name})`, async ({ browser }) => {
      const { context, page } = await openPage(browser, { ...options, javaScriptEnabled: false });
      try {
        await gotoForm(page, { javaScript: false });
        await expect(sectionHeading(page, "Your second insurance plan")).toBeVisible();
        await expectNoAxeViolationsWithoutJavaScript(page, `/verify-insurance, every section shown (${name})`, options);
      } finally {
        await context.close();
      }
    });
  }
});
