/**
 * The appointment request, end to end: the form (with and without JavaScript), the stored
 * row, the two emails the SMTP catcher receives, and what must never appear in them.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { countAppointmentsWithLastName, findAppointment, outboxFor } from "./support/db";
import { baseURL, requireEnv } from "./support/env";
import { readable, waitForMail, type CapturedMail } from "./support/mail";
import { REFERENCE, TREATMENT, fillForm, gotoForm, group, newPerson, submitAndConfirm, submitButton, type Person } from "./support/appointment-form";
import { openPage, storedContact } from "./support/person";

const STAFF_ADDRESS = "intake@cedarlane.example.test";
const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: /please correct/i });

function expectStored(reference: string, person: Person) {
  const row = findAppointment(reference);
  expect(row, `AppointmentRequest ${reference} in the database`).toBeTruthy();
  expect(row).toMatchObject({
    reference,
    status: "new",
    ...storedContact(person),
    preferredContact: "text",
    availableDays: "tue,thu",
    availableTimes: "morning",
    treatment: TREATMENT.id,
    patientStatus: "new",
    referringClinician: person.referringClinician,
    note: person.note,
  });
  expect(countAppointmentsWithLastName(person.lastName), "stored exactly once").toBe(1);
}

/** The values that must never leave the database: not in any email, not in the server's log. */
function secretsOf(person: Person): string[] {
  const [y, m, d] = person.dateOfBirth.split("-");
  return [
    person.firstName,
    person.lastName,
    person.dateOfBirth,
    `${m}/${d}/${y}`,
    person.phone,
    person.phoneStored,
    person.phoneDigits,
    person.note,
    person.referringClinician,
    TREATMENT.id,
    TREATMENT.label,
  ];
}

function expectNoneOf(haystack: string, needles: string[], where: string) {
  const lower = haystack.toLowerCase();
  const found = needles.filter((n) => lower.includes(n.toLowerCase()));
  expect(found, `patient data found in ${where}`).toEqual([]);
}

/** Both emails arrive within seconds; neither carries patient data. */
async function expectEmails(reference: string, person: Person) {
  const messages = await waitForMail(reference, 2, 15_000);
  expect(messages.map((m) => m.subject), `emails mentioning ${reference}`).toHaveLength(2);

  const isStaff = (m: CapturedMail) => m.envelope.to.includes(STAFF_ADDRESS);
  const staff = messages.find(isStaff);
  const patient = messages.find((m) => !isStaff(m));
  expect(staff, "the staff notification").toBeTruthy();
  expect(patient, "the patient's confirmation").toBeTruthy();

  expect(staff!.subject).toContain("New appointment request");
  expect(staff!.subject).toContain(reference);
  expect(`${staff!.text}\n${staff!.html}`).toContain(`${baseURL()}/staff/submissions/${reference}`);

  expect(patient!.envelope.to).toEqual([person.email.toLowerCase()]);
  expect(patient!.headers.to?.toLowerCase()).toContain(person.email.toLowerCase());
  expect(`${patient!.subject}\n${patient!.text}\n${patient!.html}`).toContain(reference);

  const secrets = secretsOf(person);
  expectNoneOf(readable(staff!), [...secrets, person.email], `the staff email (${staff!.file})`);
  expectNoneOf(readable(patient!), secrets, `the patient email (${patient!.file})`);

  await expect.poll(() => outboxFor(reference).map((r) => r.status), { message: "outbox rows sent" }).toEqual(["sent", "sent"]);
}

/** Stored once, both emails sent without patient data, and nothing typed in the server log. */
async function expectDelivered(reference: string, person: Person) {
  expectStored(reference, person);
  await expectEmails(reference, person);
  expectLogClean(person);
}

function expectLogClean(person: Person) {
  const log = readFileSync(requireEnv("E2E_SERVER_LOG"), "utf8");
  expectNoneOf(log, [...secretsOf(person), person.email], "the server log");
}

test.describe("appointment request", () => {
  test("with JavaScript: errors on an empty form, then a valid request is stored and emailed", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page);

      // Empty form: a summary announced as an alert, every required field marked, focus on the first.
      await submitButton(page).click();
      const summary = errorSummary(page);
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(/12 highlighted fields/);
      await expect(summary.getByRole("link")).toHaveCount(12);
      for (const label of ["First name", "Last name", "Date of birth", "Phone number", "Email address"]) {
        await expect(page.getByLabel(label), label).toHaveAttribute("aria-invalid", "true");
      }
      for (const legend of [/how should we contact you/i, /best days/i, /best times/i, /which treatment/i, /patient here before/i]) {
        const options = group(page, legend).locator("input");
        for (const option of await options.all()) await expect(option, String(legend)).toHaveAttribute("aria-invalid", "true");
      }
      await expect(page.getByRole("checkbox", { name: /you may contact me/i })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("checkbox", { name: /not for emergencies/i })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel(/referring clinician/i)).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("First name")).toBeFocused();
      await expect(page.getByLabel("First name")).toHaveAccessibleDescription(/enter your first name/i);

      // Valid data: the confirmation page with the reference.
      const person = newPerson();
      await fillForm(page, person);
      const reference = await submitAndConfirm(page);

      await expectDelivered(reference, person);
    } finally {
      await context.close();
    }
  });

  test("pasted invisible characters are cleaned away, not refused; a flood of accents is refused with what to do", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page);
      const firstName = page.getByLabel("First name");
      await firstName.fill(`Z${"\u0334".repeat(6)}oe`);
      await submitButton(page).click();
      await expect(firstName).toHaveAttribute("aria-invalid", "true");
      await expect(firstName).toHaveAccessibleDescription(/more than 3 accent marks\. Remove the extra marks\./);

      // Pasted from a word processor: a soft hyphen, a zero-width space, direction marks and
      // embeddings, an isolate, a byte-order mark. A Persian last name keeps the zero-width
      // non-joiner it is spelled with, a note its family emoji.
      const person = newPerson();
      const persian = "رحیم\u200Cزاده";
      const pasted = {
        ...person,
        firstName: `\u200B${person.firstName.slice(0, 4)}\u00AD${person.firstName.slice(4)}\u200F`,
        lastName: `\u202B${person.lastName}-${persian}\u202C`,
        note: `\uFEFF${person.note}\u2066 👨\u200D👩\u200D👧`,
      };
      await fillForm(page, pasted);
      await expect(firstName).not.toHaveAttribute("aria-invalid", "true");
      const reference = await submitAndConfirm(page);
      await expectDelivered(reference, { ...person, lastName: `${person.lastName}-${persian}`, note: `${person.note} 👨\u200D👩\u200D👧` });
    } finally {
      await context.close();
    }
  });

  test("without JavaScript: the server shows the error, keeps the answers, then accepts the fix", async ({ browser }) => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await gotoForm(page);
      const person = newPerson();
      await fillForm(page, person, { email: "not-an-email" });
      const posted = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/appointments");
      await submitButton(page).click();
      const answer = await posted;
      const origin = (await answer.request().allHeaders())["origin"];
      expect(answer.status(), `POST /appointments without JavaScript answered ${answer.status()} (request Origin: ${origin})`).toBe(200);
      await page.waitForLoadState("load");

      expect(new URL(page.url()).pathname).toBe("/appointments");
      await expect(errorSummary(page)).toBeVisible();
      await expect(errorSummary(page)).toContainText(/highlighted field/);
      const email = page.getByLabel("Email address");
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAccessibleDescription(/email address like name@example\.com/i);
      await expect(email).toHaveValue("not-an-email");
      await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);

      // Everything else typed is still there.
      await expect(page.getByLabel("First name")).toHaveValue(person.firstName);
      await expect(page.getByLabel("Last name")).toHaveValue(person.lastName);
      await expect(page.getByLabel("Date of birth")).toHaveValue(person.dateOfBirth);
      await expect(page.getByLabel("Phone number")).toHaveValue(person.phone);
      await expect(group(page, /how should we contact you/i).getByRole("radio", { name: "Text message" })).toBeChecked();
      await expect(group(page, /best days/i).getByRole("checkbox", { name: "Tuesday" })).toBeChecked();
      await expect(group(page, /best days/i).getByRole("checkbox", { name: "Thursday" })).toBeChecked();
      await expect(group(page, /best days/i).getByRole("checkbox", { name: "Monday" })).not.toBeChecked();
      await expect(group(page, /best times/i).getByRole("checkbox", { name: /^Morning/ })).toBeChecked();
      await expect(group(page, /which treatment/i).getByRole("radio", { name: TREATMENT.label })).toBeChecked();
      await expect(group(page, /patient here before/i).getByRole("radio", { name: /new to the clinic/i })).toBeChecked();
      await expect(page.getByLabel(/referring clinician/i)).toHaveValue(person.referringClinician);
      await expect(page.getByLabel(/anything you would like us to know/i)).toHaveValue(person.note);
      await expect(page.getByRole("checkbox", { name: /you may contact me/i })).toBeChecked();
      await expect(page.getByRole("checkbox", { name: /not for emergencies/i })).toBeChecked();
      expect(countAppointmentsWithLastName(person.lastName), "nothing stored yet").toBe(0);

      await email.fill(person.email);
      const reference = await submitAndConfirm(page);

      await expectDelivered(reference, person);
    } finally {
      await context.close();
    }
  });

  test("has no axe violations: empty form, form with errors, confirmation page", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      await gotoForm(page);
      await expectNoAxeViolations(page, "/appointments");

      await submitButton(page).click();
      await expect(errorSummary(page)).toBeVisible();
      await expectNoAxeViolations(page, "/appointments with errors");

      const person = newPerson();
      await fillForm(page, person);
      const reference = await submitAndConfirm(page);
      await expectNoAxeViolations(page, `/appointments/confirmed?ref=${reference}`);
    } finally {
      await context.close();
    }
  });

  test("the confirmation page refuses anything but a reference", async ({ browser }) => {
    const { context, page } = await openPage(browser);
    try {
      for (const ref of ["", "APT-0000", "<script>alert(1)</script>", "APT-ILOU-0000"]) {
        const response = await page.goto(`/appointments/confirmed?ref=${encodeURIComponent(ref)}`);
        expect(response?.status(), `ref=${ref}`).toBe(404);
      }
    } finally {
      await context.close();
    }
  });
});
