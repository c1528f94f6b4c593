/**
 * Every public page, driven by the sitemap's source (publicPaths() in lib/content/navigation.ts):
 * the sitemap itself, what each page's HTML promises (one h1, title, canonical link, crisis
 * numbers; the security headers are tests/e2e/security-headers.spec.ts's), unique titles, no broken internal links, and each page in Chromium on a desktop and a phone (no CSP
 * violations, no off-origin requests, the crisis notice, no axe violations). Then what only a
 * browser shows: client-side navigation, the FAQ and phone menu without JavaScript, and the 404 page.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { clinic, telHref } from "@/lib/clinic";
import { publicPaths } from "@/lib/content/navigation";
import { expectNoAxeViolations } from "./support/axe";
import { baseURL } from "./support/env";
import { ids, innerHtml, inputValue, jsonLd, linkHrefs, markup, metaContent, scripts, tags, texts, textOf, titleOf } from "./support/html";
import { DESKTOP, PHONE, VIEWPORTS } from "./support/viewports";
import { expectHydrated, watchPage } from "./support/watch";

// The tests are independent: spread them over the workers.
test.describe.configure({ mode: "parallel" });

const PATHS = publicPaths();
/** Rendered per request (each view has its own idempotency key), so they keep the nonce CSP. */
const PER_REQUEST = new Set(["/appointments", "/verify-insurance"]);
const TREATMENT_PATHS = PATHS.filter((p) => /^\/treatments\/[^/]+$/.test(p));
/** The clinic's public origin: canonical links, the sitemap and structured data use it. */
const CANONICAL_ORIGIN = new URL(clinic.url).origin;
const NOT_FOUND_PATH = "/no-such-page-e2e";


async function getHtml(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), html: await response.text() };
}

/** <script src> and resource-loading <link> elements of the HTML that point to another origin. */
function offOriginResources(html: string): string[] {
  const origin = new URL(baseURL()).origin;
  const urls = [
    ...scripts(html).flatMap((s) => (s.attributes.has("src") ? [s.attributes.get("src")!] : [])),
    ...tags(html, "link")
      .filter((l) => /\b(stylesheet|preload|modulepreload|icon|manifest)\b/i.test(l.get("rel") ?? ""))
      .map((l) => l.get("href") ?? ""),
  ];
  return urls.filter((u) => new URL(u, origin).origin !== origin);
}

/** The structured-data objects of a type, from the page's JSON-LD blocks. */
const structuredData = (html: string, type: string) => jsonLd(html).filter((d) => d["@type"] === type);

/** The crisis notice: a complementary landmark with the 988 lifeline and 911. */
async function expectCrisisNotice(page: Page) {
  const crisis = page.getByRole("complementary", { name: /crisis/i });
  await expect(crisis).toBeVisible();
  await expect(crisis).toContainText("988");
  await expect(crisis).toContainText("911");
}

test.describe("sitemap, robots.txt and icon", () => {
  test("/sitemap.xml lists exactly the public pages, at the clinic's origin", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml/);
    const locs = [...(await response.text()).matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map(([, loc]) => new URL(loc!));
    expect.soft(locs.map((u) => u.origin).filter((o) => o !== CANONICAL_ORIGIN), "locs at another origin").toEqual([]);
    const listed = locs.map((u) => u.pathname);
    expect.soft(listed.length, "no page listed twice").toBe(new Set(listed).size);
    expect([...new Set(listed)].sort()).toEqual([...PATHS].sort());
  });

  test("/robots.txt names the sitemap and keeps crawlers out of /staff/", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const robots = await response.text();
    expect.soft(robots).toMatch(new RegExp(`^Sitemap:\\s*${clinic.url.replace(/[.]/g, "\\.")}/sitemap\\.xml\\s*$`, "mi"));
    expect.soft(robots).toMatch(/^Disallow:\s*\/staff\/\s*$/m);
  });

  test("/icon.svg answers 200 with an SVG content type", async ({ request }) => {
    const response = await request.get("/icon.svg");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\/svg\+xml\b/);
  });
});

test("every page has a title of its own", async ({ request }) => {
  const byTitle = new Map<string, string[]>();
  for (const path of PATHS) {
    const title = titleOf((await getHtml(request, path)).html);
    byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
  }
  const shared = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `"${title}": ${paths.join(", ")}`);
  expect(shared, "titles used by more than one page").toEqual([]);
});

test("no internal link is broken, and every #fragment exists on its target page", async ({ request }) => {
  const origin = new URL(baseURL()).origin;
  const fetched = new Map<string, Promise<{ status: number; ids: Set<string>; hrefs: string[] }>>();
  const load = (target: string) => {
    if (!fetched.has(target)) {
      fetched.set(
        target,
        getHtml(request, target).then(({ status, html }) => ({
          status,
          ids: ids(html),
          hrefs: tags(html, "a").flatMap((a) => (a.has("href") ? [a.get("href")!] : [])),
        })),
      );
    }
    return fetched.get(target)!;
  };

  const problems: string[] = [];
  for (const path of PATHS) {
    const { hrefs } = await load(path);
    for (const href of new Set(hrefs)) {
      const url = URL.parse(href, origin + path);
      if (!url) {
        problems.push(`${path} -> ${href}: not a valid address`);
        continue;
      }
      // tel:, sms:, mailto: and other sites are not ours to check; the canonical origin is this site.
      if (!/^https?:$/.test(url.protocol) || ![origin, CANONICAL_ORIGIN].includes(url.origin)) continue;
      const target = url.pathname + url.search;
      const page = await load(target);
      if (page.status !== 200) problems.push(`${path} -> ${href}: ${target} answered ${page.status}`);
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !page.ids.has(id)) problems.push(`${path} -> ${href}: no element with id "${id}" on ${url.pathname}`);
    }
  }
  expect(problems, `broken links (${fetched.size} addresses checked)`).toEqual([]);
});

for (const path of PATHS) {
  test.describe(`${path}`, () => {
    test("HTML: one h1, title, canonical link, crisis numbers, how it is rendered", async ({ request }) => {
      const { status, headers, html } = await getHtml(request, path);
      expect(status).toBe(200);

      expect.soft(texts(html, "h1"), "the h1 elements").toHaveLength(1);
      expect.soft(titleOf(html), "<title>").not.toBe("");
      const visibleText = textOf(markup(html));
      expect.soft(visibleText, "the 988 crisis line").toContain("988");
      expect.soft(visibleText, "the emergency number").toContain("911");
      expect.soft(offOriginResources(html), "<script src>/<link> elements loading from another origin").toEqual([]);

      // The home page's canonical address may be the bare origin or the origin with "/".
      const canonical = linkHrefs(html, "canonical").map((href) =>
        path === "/" && href === `${CANONICAL_ORIGIN}/` ? CANONICAL_ORIGIN : href,
      );
      expect.soft(canonical, "<link rel=canonical>").toEqual([path === "/" ? CANONICAL_ORIGIN : CANONICAL_ORIGIN + path]);
      expect.soft(metaContent(html, "og:title"), "og:title").toBeTruthy();
      expect.soft(metaContent(html, "og:description"), "og:description").toBeTruthy();

      if (!PER_REQUEST.has(path)) {
        expect.soft(headers["x-nextjs-prerender"], "prerendered (x-nextjs-prerender header)").toBeTruthy();
        return;
      }

      // Rendered per request: a fresh idempotency key for every view.
      expect.soft(headers["x-nextjs-prerender"], "rendered per request, not prerendered").toBeUndefined();
      const again = await getHtml(request, path);
      const key = inputValue(html, "idempotencyKey");
      expect.soft(key, "the form's hidden idempotencyKey").toBeTruthy();
      expect.soft(inputValue(again.html, "idempotencyKey"), "a new idempotencyKey for every view").not.toBe(key);
    });

    for (const { name, options } of VIEWPORTS) {
      test.describe(name, () => {
        test.use(options);

        test("loads cleanly: no CSP violation or error, nothing off-origin, one h1, crisis notice, no axe violations", async ({
          page,
        }) => {
          const watcher = await watchPage(page);
          const response = await page.goto(path, { waitUntil: "networkidle" });
          expect(response?.status()).toBe(200);
          await expectHydrated(page, path);
          await watcher.expectNoProblems(`${path} (${name})`);

          await expect(page.locator("h1")).toHaveCount(1);
          await expect(page.locator("h1")).toBeVisible();
          await expectCrisisNotice(page);
          await expectNoAxeViolations(page, `${path} (${name})`);
        });
      });
    }
  });
}

test.describe("in the browser", () => {
  test.describe("desktop", () => {
    test.use(DESKTOP);

    test("a prerendered page hydrates: the Main navigation's FAQ link navigates client-side", async ({ page }) => {
      const watcher = await watchPage(page);
      await page.goto("/about");
      await expectHydrated(page, "/about");
      await page.evaluate(() => ((window as unknown as { __e2eMarker?: number }).__e2eMarker = 1));

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "FAQ", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/faq");
      await expect(page.locator("h1")).toBeVisible();
      // A full page load would have started a new window object without the marker.
      expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: number }).__e2eMarker)).toBe(1);
      await watcher.expectNoProblems("/about -> /faq");
    });

    test("an unknown address answers 404 with one h1, the navigation, the phone number and the crisis notice", async ({
      page,
    }) => {
      const watcher = await watchPage(page);
      const response = await page.goto(NOT_FOUND_PATH, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(404);
      await expectHydrated(page, NOT_FOUND_PATH);
      await watcher.expectNoProblems(NOT_FOUND_PATH);

      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      const phone = page.getByRole("main").getByRole("link", { name: clinic.phone.main });
      await expect(phone).toHaveAttribute("href", telHref(clinic.phone.main));
      await expectCrisisNotice(page);
      await expectNoAxeViolations(page, "the 404 page");
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ ...DESKTOP, javaScriptEnabled: false });

    test("a FAQ answer is hidden until its question is clicked", async ({ page }) => {
      await page.goto("/faq");
      const question = page.getByRole("main").locator("details").first();
      const answer = question.locator(":scope > :not(summary)").first();
      await expect(answer).toBeHidden();
      await question.locator(":scope > summary").click();
      await expect(answer).toBeVisible();
    });
  });

  for (const javaScript of [true, false]) {
    test.describe(`phone, JavaScript ${javaScript ? "on" : "off"}`, () => {
      test.use({ ...PHONE, javaScriptEnabled: javaScript });

      test("the header's Menu opens and shows the FAQ link", async ({ page }) => {
        await page.goto("/");
        if (javaScript) await expectHydrated(page, "/");
        const menu = page
          .getByRole("navigation", { name: "Main" })
          .locator("details")
          .filter({ has: page.locator("summary", { hasText: /^\s*Menu\b/ }) });
        await expect(menu).toHaveCount(1);
        const faqLink = menu.locator('a[href="/faq"]');
        await expect(faqLink).toBeHidden();
        await menu.locator(":scope > summary").click();
        await expect(faqLink).toBeVisible();
      });
    });
  }
});

test.describe("structured data (JSON-LD)", () => {
  test("/faq is a FAQPage with one question per <details> on the page", async ({ request }) => {
    const { html } = await getHtml(request, "/faq");
    const [faqPage, ...more] = structuredData(html, "FAQPage");
    expect(more, "one FAQPage").toEqual([]);
    expect(faqPage, "a FAQPage").toBeTruthy();
    const questions = innerHtml(html, "main")[0] ?? "";
    expect((faqPage!.mainEntity as unknown[]).length).toBe(tags(questions, "details").length);
    expect(tags(questions, "details").length, "questions on the page").toBeGreaterThan(0);
  });

  test("the home page describes a MedicalClinic", async ({ request }) => {
    const { html } = await getHtml(request, "/");
    expect(structuredData(html, "MedicalClinic")).toHaveLength(1);
  });

  for (const path of TREATMENT_PATHS) {
    test(`${path} is a MedicalTherapy named like its h1`, async ({ request }) => {
      const { html } = await getHtml(request, path);
      const therapies = structuredData(html, "MedicalTherapy");
      expect(therapies).toHaveLength(1);
      expect(therapies[0]!.name).toBe(texts(html, "h1")[0]);
    });
  }
});
