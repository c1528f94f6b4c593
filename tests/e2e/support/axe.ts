import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContextOptions, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe-core on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`.replace(/\s+/g, " ")),
  }));
  expect(violations, `axe violations on ${where}`).toEqual([]);
}

/**
 * axe for a page opened with `javaScriptEnabled: false`. axe-core cannot run there (its
 * timers never fire, so analyze() hangs), so this copies the page as it is now (the HTML the
 * server sent, with the values it filled in) into a second page that runs axe, with every
 * script removed or blocked so nothing hydrates. Pass the first context's viewport options.
 */
export async function expectNoAxeViolationsWithoutJavaScript(page: Page, where: string, options: BrowserContextOptions = {}) {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("expectNoAxeViolationsWithoutJavaScript: the page has no browser");
  const copy = await browser.newContext({ viewport: page.viewportSize(), ...options, javaScriptEnabled: true });
  try {
    await copy.route("**/*", (route) => {
      const request = route.request();
      if (request.resourceType() === "script") return route.abort();
      if (request.isNavigationRequest() && request.url() === url) {
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      }
      return route.continue();
    });
    const copied = await copy.newPage();
    await copied.goto(url, { waitUntil: "load" });
    // The copy must be the same page: same form controls, and its styles applied (for contrast).
    const controls = "input, select, textarea, button";
    expect(await copied.locator(controls).count(), "form controls in the copy").toBe(await page.locator(controls).count());
    expect(await copied.evaluate(() => document.styleSheets.length), "stylesheets in the copy").toBeGreaterThan(0);
    await expectNoAxeViolations(copied, `${where} (without JavaScript)`);
  } finally {
    await copy.close();
  }
}
