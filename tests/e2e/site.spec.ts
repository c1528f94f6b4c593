/**
 * The public pages: structure, crisis notice, accessibility (axe, desktop and phone) and the
 * security headers every response must carry.
 */
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { baseURL } from "./support/env";

const PAGES = [
  { path: "/", name: "home page" },
  { path: "/privacy", name: "privacy notice" },
  { path: "/accessibility", name: "accessibility statement" },
  { path: "/terms", name: "terms of use" },
  { path: "/appointments", name: "appointment form" },
  { path: "/verify-insurance", name: "insurance verification form" },
];

const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: "desktop", options: { viewport: { width: 1280, height: 800 } } },
  { name: "phone", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
];

async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Directive name -> its source list, from a Content-Security-Policy header value. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const NONCE = /^'nonce-([A-Za-z0-9+/_=-]{16,})'$/;

/** Checks the security headers of one response (soft: reports every problem at once); returns the CSP nonce. */
function expectSecurityHeaders(headers: Record<string, string>): string {
  const csp = headers["content-security-policy"];
  expect.soft(csp, "Content-Security-Policy header").toBeTruthy();
  const directives = parseCsp(csp ?? "");
  const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
  const nonceSource = scriptSrc.find((s) => NONCE.test(s));
  expect.soft(nonceSource, `script-src has a nonce (script-src: ${scriptSrc.join(" ")})`).toBeTruthy();
  expect.soft(scriptSrc, "script-src must not allow inline scripts").not.toContain("'unsafe-inline'");
  expect.soft(scriptSrc, "script-src must not allow eval in production").not.toContain("'unsafe-eval'");
  expect.soft(directives.get("frame-ancestors"), "frame-ancestors").toEqual(["'none'"]);
  expect.soft(directives.get("object-src") ?? directives.get("default-src"), "object-src").toEqual(["'none'"]);

  // At least six months, the HTTP Observatory's threshold.
  const maxAge = Number(/max-age=(\d+)/i.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0);
  expect.soft(maxAge, `Strict-Transport-Security max-age (${headers["strict-transport-security"]})`).toBeGreaterThanOrEqual(15_768_000);
  expect.soft(headers["x-content-type-options"], "X-Content-Type-Options").toBe("nosniff");
  // Not "no-referrer": under it Chromium sends `Origin: null` with a same-origin form POST, and
  // Next.js rejects such server-action posts, which breaks every form without JavaScript.
  expect.soft(headers["referrer-policy"], "Referrer-Policy (same-origin requests must keep their Origin)").toMatch(
    /^(same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect.soft(headers["permissions-policy"], "Permissions-Policy").toBeTruthy();
  return NONCE.exec(nonceSource ?? "")?.[1] ?? "";
}

/** Records off-origin requests and CSP violations reported on the console. */
function watch(page: Page) {
  const origin = new URL(baseURL()).origin;
  const offOrigin: string[] = [];
  const cspErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /content security policy/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { offOrigin, cspErrors, pageErrors };
}

for (const { path, name } of PAGES) {
  test.describe(`${name} (${path})`, () => {
    test("answers 200 with the security headers, and loads nothing from elsewhere", async ({ browser }) => {
      const { context, page } = await openPage(browser);
      try {
        const seen = watch(page);
        const response = await page.goto(path, { waitUntil: "networkidle" });
        expect(response?.status()).toBe(200);
        const nonce = expectSecurityHeaders(response!.headers());

        // Every script in the HTML carries this response's nonce, so the CSP lets it run.
        const html = await response!.text();
        const scriptTags = html.match(/<script\b[^>]*>/gi) ?? [];
        expect(scriptTags.length, "the page has scripts").toBeGreaterThan(0);
        for (const tag of scriptTags) {
          if (/\btype="application\/(ld\+)?json"/i.test(tag)) continue;
          expect(tag, "script tag carries the CSP nonce").toContain(`nonce="${nonce}"`);
        }

        // A fresh nonce for every response.
        const again = await page.request.get(path);
        const secondNonce = expectSecurityHeaders(again.headers());
        expect(secondNonce, "the nonce changes between responses").not.toBe(nonce);

        // No <script src> or <link href> pointing off-origin, and no such requests.
        const origin = new URL(baseURL()).origin;
        const resourceUrls = await page.$$eval("script[src], link[href]", (elements) =>
          elements.map((e) => (e instanceof HTMLScriptElement ? e.src : (e as HTMLLinkElement).href)),
        );
        const foreign = resourceUrls.filter((u) => /^(https?:)?\/\//.test(u) && new URL(u, origin).origin !== origin);
        expect(foreign, "script/link elements pointing off-origin").toEqual([]);
        expect(seen.offOrigin, "requests to other origins").toEqual([]);
        expect(seen.cspErrors, "Content-Security-Policy violations on the console").toEqual([]);
        expect(seen.pageErrors, "uncaught errors in the page").toEqual([]);
      } finally {
        await context.close();
      }
    });

    for (const { name: viewportName, options } of VIEWPORTS) {
      test(`${viewportName}: one h1, the crisis notice, no axe violations`, async ({ browser }) => {
        const { context, page } = await openPage(browser, options);
        try {
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          await expect(page.locator("h1")).toHaveCount(1);
          await expect(page.locator("h1")).toBeVisible();

          const crisis = page.getByRole("complementary", { name: /crisis/i });
          await expect(crisis).toBeVisible();
          await expect(crisis).toContainText("988");
          await expect(crisis).toContainText("911");

          await expectNoAxeViolations(page, `${path} (${viewportName})`);
        } finally {
          await context.close();
        }
      });
    }
  });
}

test("an unknown address answers 404 with one h1, the crisis notice and the security headers", async ({ browser }) => {
  const { context, page } = await openPage(browser);
  try {
    const response = await page.goto("/no-such-page-e2e");
    expect(response?.status()).toBe(404);
    expectSecurityHeaders(response!.headers());
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("complementary", { name: /crisis/i })).toContainText("988");
    await expectNoAxeViolations(page, "the 404 page");
  } finally {
    await context.close();
  }
});
