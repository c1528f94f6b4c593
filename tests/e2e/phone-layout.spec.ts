/**
 * The header and both forms on phones from 320 to 414 px wide. The header is a deliberate
 * two-row design: the clinic's name and the Menu on the first row, the phone number and the
 * appointment button as two equal tiles side by side on the second. Screenshots of the
 * header and of both forms at each width are kept in test-results/artifacts/phone-layout/ (and
 * attached to the report) so a reviewer can look.
 */
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { clinic } from "@/lib/clinic";
import { PHONE } from "./support/viewports";

test.describe.configure({ mode: "parallel" });

const WIDTHS = [320, 360, 390, 414];
const SCREENSHOTS = path.join(process.cwd(), "test-results", "artifacts", "phone-layout");

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, `${String(locator)} is on the page`).toBeTruthy();
  return box!;
}

/** How many lines the text inside an element takes. */
async function linesOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    return tops.size;
  });
}

const sameRow = (a: Box, b: Box) => Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 4;

async function shoot(page: Page, target: Locator | Page, name: string) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const image = await (target === page ? page.screenshot({ path: file, fullPage: true }) : (target as Locator).screenshot({ path: file }));
  await test.info().attach(name, { body: image, contentType: "image/png" });
}

for (const width of WIDTHS) {
  test.describe(`${width} px wide`, () => {
    test.use({ ...PHONE, viewport: { width, height: 844 } });

    test("the header is two tidy rows: name and Menu, then the phone number and the appointment button as equal tiles", async ({ page }) => {
      await page.goto("/", { waitUntil: "networkidle" });
      const header = page.getByRole("banner");
      const name = header.getByRole("link", { name: clinic.name });
      const menu = header.locator("summary", { hasText: /^\s*Menu\b/ });
      const phone = header.getByRole("link", { name: new RegExp(clinic.phone.main.replace(/[()]/g, "\\$&")) });
      const appointment = header.getByRole("link", { name: /appointment/i });

      const [nameBox, menuBox, phoneBox, appointmentBox] = [await boxOf(name), await boxOf(menu), await boxOf(phone), await boxOf(appointment)];
      expect(sameRow(nameBox, menuBox), "the name and the Menu share the first row").toBe(true);
      expect(sameRow(phoneBox, appointmentBox), "the phone number and the button share the second row").toBe(true);
      expect(phoneBox.y, "the second row is below the first").toBeGreaterThanOrEqual(Math.max(nameBox.y + nameBox.height, menuBox.y + menuBox.height));
      expect(Math.abs(phoneBox.width - appointmentBox.width), "the two tiles are as wide as each other").toBeLessThan(1);
      expect(phoneBox.height, "and as high").toBe(appointmentBox.height);
      // The name takes one line from 360 px up; on the narrowest phones it may break once.
      expect(await linesOf(name), "the name's lines").toBeLessThanOrEqual(width >= 360 ? 1 : 2);
      for (const [what, locator] of [["phone number", phone], ["button", appointment]] as const) {
        expect(await linesOf(locator), `the ${what} takes two short lines`).toBe(2);
      }
      // Nothing sticks out of the page sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling").toBe(0);
      for (const box of [nameBox, menuBox, phoneBox, appointmentBox]) expect(box.x + box.width).toBeLessThanOrEqual(width);
      // Touch targets of at least 44 by 44 CSS pixels (WCAG 2.5.5's size, beyond AA's 2.5.8).
      for (const box of [menuBox, phoneBox, appointmentBox]) expect(box.height).toBeGreaterThanOrEqual(44);

      await shoot(page, header, `header-${width}`);
    });

    for (const form of ["/appointments", "/verify-insurance"]) {
      test(`${form} fits the width and is kept as a screenshot`, async ({ page }) => {
        await page.goto(form, { waitUntil: "networkidle" });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, "no sideways scrolling").toBe(0);
        await shoot(page, page, `${form.slice(1)}-${width}`);
      });
    }
  });
}
