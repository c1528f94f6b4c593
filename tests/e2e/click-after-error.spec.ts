/**
 * A click that does nothing: a person types something a field refuses, then clicks straight on
 * the next control with the mouse. If the form checked the field when it lost focus, the error
 * line would appear between mouse-down and mouse-up, push the control down, and the click
 * would land on nothing. For every field that can show an error, on both forms and the staff
 * sign-in, before the first send and after a failed one (when fields are checked as they
 * change), at desktop and phone widths: the click takes effect.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openPage, yearsAgo } from "./support/person";
import { VIEWPORTS } from "./support/viewports";

test.describe.configure({ mode: "parallel" });

/** How long a finger or mouse button stays down in a real click. */
const PRESS_MS = 150;

type Refusal = { label: RegExp; value: string } | { label: RegExp; file: { name: string; mimeType: string; buffer: Buffer } };

const NOT_AN_IMAGE = { name: "card.txt", mimeType: "text/plain", buffer: Buffer.from("not a card photo") };

const APPOINTMENT: Refusal[] = [
  { label: /^First name/, value: "R2-D2" },
  { label: /^Last name/, value: "4242" },
  { label: /^Date of birth/, value: yearsAgo(12) },
  { label: /^Phone number/, value: "555" },
  { label: /^Email address/, value: "ana@" },
  { label: /^Referring clinician/, value: "Dr. ".padEnd(130, "x") },
  // Text pasted with a pile of accent marks on one letter; the next control is the consent box.
  { label: /^Anything you would like us to know/, value: `Evenings${"\u0301".repeat(8)} are best` },
];

/** The questions about one plan; `of` tells the first plan's labels from the second's. */
const insurancePlan = (of: string): Refusal[] => [
  { label: new RegExp(`^Name of the insurance company${of}`), value: "x".repeat(90) },
  { label: new RegExp(`^Member ID${of}`), value: "#*!" },
  { label: new RegExp(`^Group number${of}`), value: "#*!" },
  { label: new RegExp(`^Policyholder's full name${of}`), value: "4242" },
  { label: new RegExp(`^Policyholder's date of birth${of}`), value: yearsAgo(-2) },
  { label: new RegExp(`^Front of the card${of}`), file: NOT_AN_IMAGE },
  { label: new RegExp(`^Back of the card${of}`), file: NOT_AN_IMAGE },
];

const INSURANCE: Refusal[] = [
  { label: /^First name/, value: "R2-D2" },
  { label: /^Last name/, value: "4242" },
  { label: /^Date of birth/, value: yearsAgo(12) },
  { label: /^Phone number/, value: "555" },
  { label: /^Email address/, value: "ana@" },
  ...insurancePlan("(?! \\(second plan\\))"),
  ...insurancePlan(" \\(second plan\\)"),
];

/** Answers that put every conditional question of the insurance form on the page. */
async function openEveryInsuranceQuestion(page: Page) {
  await page.getByRole("radio", { name: /through an employer/i }).check();
  await page.getByRole("group", { name: /second insurance plan/i }).getByRole("radio", { name: "Yes" }).check();
  for (const select of await page.getByRole("combobox", { name: /^Insurance company/ }).all()) await select.selectOption("other");
  for (const group of await page.getByRole("group", { name: /^Who holds this plan/ }).all()) {
    await group.getByRole("radio", { name: /spouse or partner/i }).check();
  }
}

/** The control after `field` in the order a keyboard reaches them (the honeypot, kept out of that order, is skipped). */
async function nextControl(page: Page, field: Locator): Promise<Locator> {
  const index = await field.evaluate((el) => {
    const controls = [...el.closest("form")!.querySelectorAll<HTMLElement>("input, select, textarea, button")].filter(
      (c) => (c as HTMLInputElement).type !== "hidden" && c.tabIndex >= 0 && c.getClientRects().length > 0,
    );
    controls.forEach((c, i) => c.setAttribute("data-e2e-order", String(i)));
    return controls.indexOf(el as HTMLElement) + 1;
  });
  return page.locator(`[data-e2e-order="${index}"]`);
}

/**
 * Presses the mouse where the control is now, as a person aiming at it would, holds it as long
 * as a real click lasts, and releases it: the control must not have moved in between.
 */
async function clickWhereItIs(page: Page, control: Locator) {
  await control.scrollIntoViewIfNeeded();
  const aimed = await control.boundingBox();
  expect(aimed, "the next control is on the page").toBeTruthy();
  await page.mouse.move(aimed!.x + aimed!.width / 2, aimed!.y + aimed!.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  const pressed = await control.boundingBox();
  await page.mouse.up();
  expect(pressed, "nothing moved under the pointer while the button was down").toEqual(aimed);
}

/** What a click on the control does: ticks a box or a radio, opens a file chooser, or focuses it. */
async function expectClickTakesEffect(page: Page, control: Locator, what: string) {
  const kind = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
  if (kind === "file") {
    const chooser = page.waitForEvent("filechooser", { timeout: 5_000 });
    await clickWhereItIs(page, control);
    await expect(chooser, `${what}: the file chooser opens`).resolves.toBeTruthy();
  } else if (kind === "checkbox") {
    const wasChecked = await control.isChecked();
    await clickWhereItIs(page, control);
    await expect(control, `${what}: the click ticks it`).toBeChecked({ checked: !wasChecked });
    await control.setChecked(wasChecked);
  } else if (kind === "radio") {
    // Put the earlier answer back afterwards, so questions that depend on it stay on the page.
    const name = await control.getAttribute("name");
    const earlier = page.locator(`input[name="${name}"]:checked`);
    const earlierValue = (await earlier.count()) > 0 ? await earlier.getAttribute("value") : null;
    await clickWhereItIs(page, control);
    await expect(control, `${what}: the click chooses it`).toBeChecked();
    if (earlierValue) await page.locator(`input[name="${name}"][value="${earlierValue}"]`).check();
  } else {
    await clickWhereItIs(page, control);
    await expect(control, `${what}: the click puts the cursor in it`).toBeFocused();
  }
}

async function checkEveryField(page: Page, refusals: Refusal[], { afterFailedSend }: { afterFailedSend: boolean }) {
  for (const refusal of refusals) {
    const field = page.getByLabel(refusal.label);
    if ("file" in refusal) await field.setInputFiles(refusal.file);
    else await field.fill(refusal.value);
    const what = `after ${String(refusal.label)}`;
    if (afterFailedSend) {
      // Once a send has failed, a field is checked as it changes: its error is on the page
      // before the person reaches for the next control.
      await expect(field, `${what}: refused as it changes`).toHaveAttribute("aria-invalid", "true");
    } else {
      await expect(field, `${what}: not checked before the form is sent`).not.toHaveAttribute("aria-invalid");
    }
    await expectClickTakesEffect(page, await nextControl(page, field), what);
  }
}

const FORMS = [
  { path: "/appointments", send: /^Send request$/, refusals: APPOINTMENT, prepare: async () => {} },
  { path: "/verify-insurance", send: /^Send for verification$/, refusals: INSURANCE, prepare: openEveryInsuranceQuestion },
];

for (const viewport of VIEWPORTS) {
  for (const form of FORMS) {
    for (const afterFailedSend of [false, true]) {
      test(`${form.path}, ${viewport.name}: a click on the next control after a refused value lands (${afterFailedSend ? "after a failed send" : "before sending"})`, async ({ browser }) => {
        const { context, page } = await openPage(browser, viewport.options);
        await page.goto(form.path, { waitUntil: "networkidle" });
        await form.prepare(page);
        if (afterFailedSend) {
          await page.getByRole("button", { name: form.send }).click();
          await expect(page.getByRole("alert").filter({ hasText: /please correct/i })).toBeVisible();
        }
        await checkEveryField(page, form.refusals, { afterFailedSend });
        await context.close();
      });
    }
  }

  test(`/staff/sign-in, ${viewport.name}: a click on the password after a mistyped email lands`, async ({ browser }) => {
    const { context, page } = await openPage(browser, viewport.options);
    await page.goto("/staff/sign-in", { waitUntil: "networkidle" });
    const email = page.getByLabel("Email");
    await email.fill("front desk");
    await expectClickTakesEffect(page, await nextControl(page, email), "after the email");
    await expect(page.getByLabel("Password")).toBeFocused();
    await context.close();
  });
}
