/**
 * What a page does besides showing itself: requests to other origins, Content-Security-Policy
 * violations (from the console and from `securitypolicyviolation` events) and uncaught errors.
 * Call watchPage before the first goto; `expectNoProblems` reports every kind at once (soft).
 */
import { expect, type Page } from "@playwright/test";
import { baseURL } from "./env";

declare global {
  interface Window {
    __e2eCspViolations?: string[];
  }
}

export async function watchPage(page: Page) {
  const origin = new URL(baseURL()).origin;
  const offOrigin: string[] = [];
  const cspConsole: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /content security policy/i.test(message.text())) cspConsole.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Runs before the page's own scripts, in every document the page loads (not subject to the CSP).
  await page.addInitScript(() => {
    window.__e2eCspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__e2eCspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || document.URL}:${e.lineNumber} ${e.sample}`,
      );
    });
  });

  return {
    /** Soft-asserts that nothing above happened so far in the current document. */
    async expectNoProblems(where: string) {
      const events = await page.evaluate(() => window.__e2eCspViolations ?? ["(the init script did not run)"]);
      expect.soft(cspConsole, `${where}: Content-Security-Policy violations on the console`).toEqual([]);
      expect.soft(events, `${where}: securitypolicyviolation events`).toEqual([]);
      expect.soft(pageErrors, `${where}: uncaught errors in the page`).toEqual([]);
      expect.soft(offOrigin, `${where}: requests to other origins`).toEqual([]);
    },
  };
}

/**
 * Waits until React has hydrated the page (it marks the DOM nodes it adopted with
 * `__reactFiber$…` properties): proof that the page's scripts ran under its CSP.
 */
export async function expectHydrated(page: Page, where: string) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const main = document.querySelector("main");
          return !!main && Object.keys(main).some((key) => key.startsWith("__reactFiber$"));
        }),
      { message: `${where}: React hydrates the page (its scripts ran)` },
    )
    .toBe(true);
}
