/**
 * The staff inbox as the front desk uses it: an account made from the command line, set up
 * with an authenticator app, a patient's request followed from the staff email's link to
 * "scheduled", a note, a CSV export, and the audit log showing every view, with axe on
 * every staff page.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fillForm, gotoForm, newPerson, submitAndConfirm } from "./support/appointment-form";
import { findAppointment } from "./support/db";
import { waitForMail } from "./support/mail";
import { createAccount, enrol, finishSetup, signIn, type StaffAccount } from "./support/staff";

const STAFF_ADDRESS = "intake@cedarlane.example.test";

test.describe.configure({ mode: "serial" });

test("a new account is set up from the command line's link, with an authenticator app", async ({ page }) => {
  const { link } = createAccount("admin");
  await finishSetup(page, link, { onStep: (step) => expectNoAxeViolations(page, `set-up, ${step} step`) });
  await expect(page.getByRole("status")).toHaveText(/account is set up/);
  await expectNoAxeViolations(page, "the inbox");

  // The link works once.
  await page.goto(link);
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});

test("staff follow the email link, sign in with a code and work the request to scheduled", async ({ browser }) => {
  test.setTimeout(180_000); // a second code may mean waiting for the authenticator's next 30-second step
  const setupPage = await browser.newPage();
  const admin: StaffAccount = await enrol(setupPage, "admin");
  await setupPage.close();

  // A patient asks for an appointment.
  const patientPage = await browser.newPage();
  const person = newPerson();
  await gotoForm(patientPage);
  await fillForm(patientPage, person);
  const reference = await submitAndConfirm(patientPage);
  await patientPage.close();

  // The staff email carries only the reference and the link.
  const [staffMail] = await waitForMail(reference, 2).then((all) => all.filter((m) => m.envelope.to.includes(STAFF_ADDRESS)));
  expect(staffMail, "the staff notification").toBeTruthy();
  const link = /https?:\/\/\S+\/staff\/submissions\/[A-Z0-9-]+/.exec(staffMail!.text)?.[0];
  expect(link).toContain(`/staff/submissions/${reference}`);

  // A browser that is not signed in: the link leads to sign-in, then to the request.
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=/);
  await expectNoAxeViolations(page, "sign-in");
  await signIn(page, admin);
  await expect(page).toHaveURL(new RegExp(`/staff/submissions/${reference}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(page.getByText(`${person.firstName} ${person.lastName}`)).toBeVisible();
  await expect(page.getByText(person.note)).toBeVisible();
  // What the patient typed is isolated: a right-to-left name or note cannot turn the text around it.
  await expect(page.locator("bdi").filter({ hasText: person.firstName })).toHaveCount(1);
  await expect(page.getByText(person.note)).toHaveAttribute("dir", "auto");
  await expectNoAxeViolations(page, "a request");

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "__Host-staff-session");
  expect(session, "the session cookie").toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax", path: "/" });

  // new → in review → contacted → scheduled
  for (const [button, shown] of [
    ["In review", "In review"],
    ["Contacted", "Contacted"],
    ["Scheduled", "Scheduled"],
  ] as const) {
    await page.getByRole("button", { name: button, exact: true }).click();
    await expect(page.getByText("Status changed.")).toBeVisible();
    await expect(page.getByText(`Status: ${shown}`)).toBeVisible();
  }
  expect(findAppointment(reference)?.status).toBe("scheduled");

  const note = `Called back, booked for Tuesday ${Date.now()}`;
  await page.getByLabel("Add a note for the team").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: note });
  await expect(item).toContainText(admin.name);
  await expect(page.getByText(/Status changed from Contacted to/)).toBeVisible();

  // The email table shows both messages as sent; a resend queues a copy.
  await expect(page.getByRole("row").filter({ hasText: "Confirmation to the patient" })).toContainText("Sent");
  await page.getByRole("button", { name: /^Resend \(Confirmation to the patient\)$/ }).click();
  await expect(page.getByText(/email is queued/)).toBeVisible();

  // The inbox lists it as scheduled; the export has it.
  await page.getByRole("link", { name: "All requests" }).click();
  await page.getByLabel("Reference").fill(reference.toLowerCase());
  await page.getByRole("button", { name: "Show" }).click();
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Scheduled");
  await expectNoAxeViolations(page, "the filtered inbox");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Export these to CSV/ }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain(reference);
  expect(csv).toContain(person.lastName);
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2); // header and the one request

  // The audit log shows who viewed, changed and exported it.
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await page.getByLabel("Reference").fill(reference);
  await page.getByRole("button", { name: "Show" }).click();
  for (const action of ["request.view", "request.status", "request.note", "email.resend"]) {
    await expect(page.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page, "the audit log");
  await page.goto("/staff/audit?action=export");
  await expect(page.getByRole("cell", { name: "export", exact: true }).first()).toBeVisible();
  await page.goto("/staff/accounts");
  await expect(page.getByRole("cell", { name: admin.email })).toBeVisible();
  await expectNoAxeViolations(page, "accounts");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto(`/staff/submissions/${reference}`);
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await context.close();
});

test("a front-desk account cannot open the admin pages", async ({ page }) => {
  test.setTimeout(120_000);
  await enrol(page, "front-desk");
  for (const path of ["/staff/audit", "/staff/accounts"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is for admins");
  }
  await expectNoAxeViolations(page, "the 403 page");
});
