/** The appointment form as a person fills it, shared by the appointment and staff-inbox specs. */
import { expect, type Page } from "@playwright/test";
import { capitalized, letters, newContact, type Contact } from "./person";

export const REFERENCE = /APT-[0-9A-Z]{4}-[0-9A-Z]{4}/;

export type Person = Contact & { note: string; referringClinician: string };

export function newPerson(): Person {
  return {
    ...newContact({ first: "Thessaly", last: "Quillfeather", age: 30, emailPrefix: "e2e" }),
    note: `Evenings are hard for me, marker ${letters(10)}.`,
    referringClinician: `Dr. Okonkwo${capitalized(letters(6))}`,
  };
}

export const TREATMENT = { id: "im-ketamine", label: "Intramuscular (IM) ketamine" };

export const group = (page: Page, legend: string | RegExp) => page.getByRole("group", { name: legend });
export const submitButton = (page: Page) => page.getByRole("button", { name: "Send request" });

export async function gotoForm(page: Page) {
  const response = await page.goto("/appointments", { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/request an appointment/i);
}

export async function fillForm(page: Page, person: Person, { email = person.email }: { email?: string } = {}) {
  await page.getByLabel("First name").fill(person.firstName);
  await page.getByLabel("Last name").fill(person.lastName);
  await page.getByLabel("Date of birth").fill(person.dateOfBirth);
  await page.getByLabel("Phone number").fill(person.phone);
  await page.getByLabel("Email address").fill(email);
  await group(page, /how should we contact you/i).getByRole("radio", { name: "Text message" }).check();
  const days = group(page, /best days/i);
  await days.getByRole("checkbox", { name: "Tuesday" }).check();
  await days.getByRole("checkbox", { name: "Thursday" }).check();
  await group(page, /best times/i).getByRole("checkbox", { name: /^Morning/ }).check();
  await group(page, /which treatment/i).getByRole("radio", { name: TREATMENT.label }).check();
  await group(page, /patient here before/i).getByRole("radio", { name: /new to the clinic/i }).check();
  await page.getByLabel(/referring clinician/i).fill(person.referringClinician);
  await page.getByLabel(/anything you would like us to know/i).fill(person.note);
  await page.getByRole("checkbox", { name: /you may contact me/i }).check();
  await page.getByRole("checkbox", { name: /not for emergencies/i }).check();
}

/** Submits and waits for the confirmation page; returns the reference it shows. */
export async function submitAndConfirm(page: Page): Promise<string> {
  await submitButton(page).click();
  await page.waitForURL(/\/appointments\/confirmed\?ref=APT-/, { timeout: 20_000 });
  const url = new URL(page.url());
  const reference = url.searchParams.get("ref") ?? "";
  expect(reference).toMatch(new RegExp(`^${REFERENCE.source}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/received your request/i);
  await expect(page.getByText(reference, { exact: true })).toBeVisible();
  // After a client-side redirect Next.js streams the new <title> in a moment later.
  await expect(page).toHaveTitle(/^Request received \|/);
  return reference;
}
