/**
 * The security headers of every kind of response the site gives, read over HTTP: every page,
 * route handler and metadata route found by walking app/ (dynamic segments filled with real
 * values), each asked for with GET, HEAD and as a prefetch, and where its redirects lead; the
 * 404 page; Next's own redirects; static assets; form posts without JavaScript (refused,
 * accepted, over the body limit); and the staff area signed in, card image included.
 *
 * Every response: the headers of expectResponseHeaders, no cookie outside the staff area and
 * only Secure, HttpOnly ones inside it; staff responses are never stored or indexed. HTML: the
 * policy of expectPagePolicy, with hashes on prerendered pages and a fresh nonce on every
 * script of the others (docs/decisions/0008-static-pages-csp.md).
 */
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Response } from "@playwright/test";
import { clinic } from "@/lib/clinic";
import { treatments } from "@/lib/content/treatments";
import { newReference } from "@/lib/submissions/reference";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/uploads/limits";
import { JPEG } from "@/tests/helpers/card-files";
import { findInsuranceRequest, insuranceCardsOf } from "./support/db";
import { baseURL } from "./support/env";
import { innerHtml, scripts, tags } from "./support/html";
import { newContact } from "./support/person";
import {
  blockedInlineScripts,
  expectHashPolicy,
  expectNoncePolicy,
  expectPagePolicy,
  expectResponseHeaders,
  nonceIn,
  parseCsp,
} from "./support/security";
import { enrol } from "./support/staff";

test.describe.configure({ mode: "parallel" });

const appDir = path.resolve(__dirname, "../../app");

/** What the walk must find: a new route changes a number here, on purpose, and is then checked like the rest. */
const EXPECTED_ROUTES = { page: 30, handler: 4, metadata: 3 };

type Route = { kind: keyof typeof EXPECTED_ROUTES; route: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** The address of a folder under app/: route groups such as (site) are not part of it. */
const routeOf = (dir: string) => `/${dir.split(path.sep).filter((s) => s && !/^\(.+\)$/.test(s)).join("/")}`;

/** The address of one of Next's metadata files, by its name. */
function metadataAddress(name: string): string | undefined {
  if (/^sitemap\.[jt]s$/.test(name)) return "sitemap.xml";
  if (/^robots\.[jt]s$/.test(name)) return "robots.txt";
  const staticFile =
    /^((favicon|icon|apple-icon|opengraph-image|twitter-image)\d*\.(ico|svg|png|jpe?g|gif)|manifest\.(json|webmanifest)|sitemap\.xml|robots\.txt)$/;
  if (staticFile.test(name)) return name;
  if (/^(icon|apple-icon|opengraph-image|twitter-image|manifest)\d*\.[jt]sx?$/.test(name)) {
    throw new Error(`app/**/${name} is a generated metadata route: teach metadataAddress its address`);
  }
  return undefined;
}

const ROUTES: Route[] = filesUnder(appDir).flatMap((file): Route[] => {
  const dir = path.relative(appDir, path.dirname(file));
  const name = path.basename(file);
  if (/^page\.[jt]sx?$/.test(name)) return [{ kind: "page", route: routeOf(dir) }];
  if (/^route\.[jt]s$/.test(name)) return [{ kind: "handler", route: routeOf(dir) }];
  const address = metadataAddress(name);
  return address ? [{ kind: "metadata", route: path.posix.join(routeOf(dir), address) }] : [];
});

/** A request that exists, for the staff area signed in. */
type Existing = { reference: string; cardId: string };

/**
 * The addresses that stand for a route: its dynamic segments filled with real values (or values
 * of the right shape that match nothing), and the query strings that change what it shows.
 */
const ADDRESSES: Record<string, (existing?: Existing) => string[]> = {
  "/treatments/[slug]": () => treatments.map((t) => `/treatments/${t.slug}`),
  "/appointments/confirmed": () => ["/appointments/confirmed", `/appointments/confirmed?ref=${newReference("APT")}`],
  "/appointments": () => ["/appointments", "/appointments?upload=too-large"],
  "/verify-insurance": () => ["/verify-insurance", "/verify-insurance?upload=too-large"],
  "/verify-insurance/submitted": () => ["/verify-insurance/submitted", `/verify-insurance/submitted?ref=${newReference("INS")}`],
  "/staff/setup/[token]": () => [`/staff/setup/${randomBytes(32).toString("base64url")}`],
  "/staff/submissions/[ref]": (existing) => [
    `/staff/submissions/${newReference("APT")}`,
    ...(existing ? [`/staff/submissions/${existing.reference}`] : []),
  ],
  "/staff/submissions/[ref]/cards/[cardId]": (existing) => [
    `/staff/submissions/${existing?.reference ?? newReference("INS")}/cards/${existing?.cardId ?? randomUUID()}`,
  ],
};

function addressesOf(route: string, existing?: Existing): string[] {
  const addresses = ADDRESSES[route]?.(existing) ?? [route];
  const unfilled = addresses.filter((a) => a.includes("["));
  if (unfilled.length) throw new Error(`${route}: give its dynamic segments values in ADDRESSES (${unfilled.join(", ")})`);
  return addresses;
}

const isStaff = (url: string) => /^\/staff(\/|$)/.test(new URL(url, baseURL()).pathname);

/** The ways a browser asks for an address; every answer carries the same headers. */
const REQUESTS: { name: string; method: "GET" | "HEAD"; headers?: Record<string, string> }[] = [
  { name: "GET", method: "GET" },
  { name: "HEAD", method: "HEAD" },
  // A document the browser prefetched (<link rel=prefetch>, speculation rules) may become the page shown.
  { name: "browser prefetch", method: "GET", headers: { Purpose: "prefetch", "Sec-Purpose": "prefetch" } },
  { name: "router prefetch", method: "GET", headers: { "Next-Router-Prefetch": "1" } },
];

/** What is checked of one response, from Playwright's API or from the browser. */
type Answer = { url: string; status: number; headers: Record<string, string>; cookies: string[]; body: () => Promise<string> };

const apiAnswer = (response: APIResponse): Answer => ({
  url: response.url(),
  status: response.status(),
  headers: response.headers(),
  cookies: response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value),
  body: () => response.text(),
});

async function browserAnswer(response: Response): Promise<Answer> {
  return {
    url: response.url(),
    status: response.status(),
    headers: await response.allHeaders(),
    cookies: (await response.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value),
    // Only headers: the browser keeps no body for redirects and fetches.
    body: async () => "",
  };
}

/**
 * Every check that applies to one response; returns its Content-Security-Policy when it is a
 * page (an HTML response).
 */
async function expectSafeAnswer(answer: Answer, request: string): Promise<string | undefined> {
  const { headers } = answer;
  const where = `${request} (${answer.status})`;
  expectResponseHeaders(headers, where);
  if (isStaff(answer.url)) {
    expect.soft(headers["cache-control"] ?? "", `${where}: Cache-Control`).toMatch(/\bno-store\b/);
    expect.soft(headers["x-robots-tag"] ?? "", `${where}: X-Robots-Tag`).toMatch(/\bnoindex\b/);
    const unsafe = answer.cookies.filter((c) => !/;\s*Secure\s*(;|$)/i.test(c) || !/;\s*HttpOnly\s*(;|$)/i.test(c));
    expect.soft(unsafe, `${where}: staff cookies without Secure and HttpOnly`).toEqual([]);
  } else {
    expect.soft(answer.cookies, `${where}: cookies set outside the staff area`).toEqual([]);
  }
  if (!/^text\/html\b/.test(headers["content-type"] ?? "")) return undefined;

  const scriptSrc = expectPagePolicy(headers, where);
  const html = await answer.body();
  // Without a policy there is nothing to hold the scripts against; HEAD has no body.
  if (!headers["content-security-policy"] || !html) return headers["content-security-policy"];
  if (!headers["x-nextjs-prerender"]) {
    expectNoncePolicy(html, scriptSrc, where);
  } else if (answer.status === 404) {
    // Next's prerendered not-found page, for an address no route matches. The proxy cannot tell
    // such an address from a page rendered per request, so the policy has a nonce too; the
    // page's own scripts are allowed by their hashes.
    expect.soft(blockedInlineScripts(html, scriptSrc), `${where}: inline scripts the policy blocks`).toEqual([]);
  } else {
    expectHashPolicy(html, scriptSrc, where);
  }
  return headers["content-security-policy"];
}

/** A redirect within the site: where it leads is checked too (a GET, as the browser follows it). */
async function expectSafeRedirectTarget(request: APIRequestContext, answer: Answer, where: string) {
  const location = answer.headers.location;
  if (!location || answer.status < 300 || answer.status >= 400) return;
  const target = new URL(location, answer.url);
  expect.soft(target.origin, `${where}: redirects within the site`).toBe(new URL(baseURL()).origin);
  const response = await request.get(target.pathname + target.search, { maxRedirects: 0 });
  await expectSafeAnswer(apiAnswer(response), `${where} -> GET ${target.pathname}${target.search}`);
}

/**
 * An address asked for every way a browser asks: each answer checked, redirects followed once;
 * a prerendered page has the same policy whichever way it is asked for, and a page rendered per
 * request a new nonce every time.
 */
async function expectSafeAddress(request: APIRequestContext, address: string) {
  const policies: string[] = [];
  for (const { name, method, headers } of REQUESTS) {
    const answer = apiAnswer(await request.fetch(address, { method, headers, maxRedirects: 0 }));
    const where = `${name} ${address}`;
    const policy = await expectSafeAnswer(answer, where);
    if (policy) policies.push(policy);
    if (name === "GET") await expectSafeRedirectTarget(request, answer, where);
  }
  const nonces = policies.map((p) => nonceIn(parseCsp(p).get("script-src") ?? [])).filter(Boolean);
  if (nonces.length) {
    expect.soft(nonces.length, `${address}: every policy has a nonce, or none has`).toBe(policies.length);
    expect.soft(new Set(nonces).size, `${address}: a new nonce for every response`).toBe(nonces.length);
  } else {
    expect.soft(new Set(policies).size, `${address}: one hash policy, however it is asked for`).toBeLessThanOrEqual(1);
  }
}

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

/**
 * Posts a page's form as a browser without JavaScript does: the form's hidden fields (React's
 * action fields, the idempotency key) and empty text inputs (the honeypot), plus `answers`.
 */
async function postForm(request: APIRequestContext, page: string, answers: Record<string, string | FilePayload> = {}) {
  const html = await (await request.get(page)).text();
  const form = innerHtml(html, "form").find((f) => f.includes("$ACTION_"));
  if (!form) throw new Error(`${page} has no server-action form`);
  const untouched = tags(form, "input")
    .filter((input) => input.has("name") && !["checkbox", "radio", "file", "submit"].includes(input.get("type") ?? "text"))
    .map((input) => [input.get("name")!, input.get("value") ?? ""]);
  return request.post(page, {
    headers: { Origin: baseURL() },
    multipart: { ...Object.fromEntries(untouched), ...answers },
    maxRedirects: 0,
  });
}

/** An insurance request with a photo of the card's front, posted without JavaScript. */
function postInsuranceRequest(request: APIRequestContext) {
  const patient = newContact({ first: "Odalys", last: "Featherstone", age: 41, emailPrefix: "e2e.headers" });
  return postForm(request, "/verify-insurance", {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    phone: patient.phone,
    email: patient.email,
    treatment: clinic.treatments[0]!.id,
    coverageType: "employer",
    carrier: clinic.insurance.carriers[0]!.id,
    planType: "ppo",
    memberId: `QZX${randomInt(1e8, 1e9)}`,
    relationship: "self",
    hasSecondary: "no",
    consentToVerify: "on",
    cardFront: { name: "card-front.jpg", mimeType: "image/jpeg", buffer: JPEG },
  });
}

function submittedReference(response: APIResponse): string {
  expect(response.status(), "an accepted post redirects to the confirmation page").toBe(303);
  const reference = new URL(response.headers().location ?? "", baseURL()).searchParams.get("ref");
  expect(reference).toMatch(/^INS-/);
  return reference!;
}

test("the walk finds every page, route handler and metadata route, each with addresses to ask for", () => {
  const found = Object.fromEntries(Object.keys(EXPECTED_ROUTES).map((kind) => [kind, ROUTES.filter((r) => r.kind === kind).length]));
  expect(found, `routes found: ${ROUTES.map((r) => r.route).join(", ")}`).toEqual(EXPECTED_ROUTES);
  expect(ROUTES.map((r) => r.route)).toEqual(
    expect.arrayContaining(["/", "/treatments/[slug]", "/staff", "/api/health", "/api/ready", "/sitemap.xml", "/robots.txt", "/icon.svg"]),
  );
  for (const { route } of ROUTES) expect(() => addressesOf(route), route).not.toThrow();
});

for (const { kind, route } of ROUTES) {
  test(`${kind} ${route}${isStaff(route) ? ", signed out" : ""}`, async ({ request }) => {
    for (const address of addressesOf(route)) await expectSafeAddress(request, address);
  });
}

test("addresses no route matches: the 404 page, outside and inside the staff area", async ({ request }) => {
  // /favicon.ico: browsers ask for it on their own; /api/no-such-route: beside /api/health and /api/ready.
  for (const address of ["/no-such-page-e2e", "/staff/no-such-page-e2e", "/favicon.ico", "/api/no-such-route", "/icon.svg.bak"]) {
    await expectSafeAddress(request, address);
  }
});

test("an address with a trailing slash redirects to the address without it", async ({ request }) => {
  for (const address of ["/about/", "/appointments/?from=e2e", "/staff/"]) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(308);
    expect(response.headers().location, address).toBe(address.replace(/\/(\?|$)/, "$1"));
    await expectSafeAddress(request, address);
  }
});

test("static assets under /_next/static, and one that does not exist", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = scripts(html).find((s) => s.attributes.get("src")?.startsWith("/_next/static/"))?.attributes.get("src");
  const stylesheet = tags(html, "link").find((l) => l.get("rel") === "stylesheet" && l.get("href")?.startsWith("/_next/static/"))?.get("href");
  expect(script, "a script from /_next/static").toBeTruthy();
  expect(stylesheet, "a stylesheet from /_next/static").toBeTruthy();
  for (const address of [script!, stylesheet!, "/_next/static/chunks/no-such-chunk.js"]) await expectSafeAddress(request, address);
});

test("form posts without JavaScript: refused with the form's errors, and accepted (303)", async ({ request }) => {
  for (const page of ["/appointments", "/verify-insurance"]) {
    const response = await postForm(request, page);
    expect(response.status(), `${page}: an empty form is answered with the form`).toBe(200);
    expect(await response.text(), `${page}: with its errors`).toMatch(/Please correct the \d+ highlighted fields/);
    await expectSafeAnswer(apiAnswer(response), `POST ${page}, empty`);
  }

  const accepted = await postInsuranceRequest(request);
  submittedReference(accepted);
  await expectSafeAnswer(apiAnswer(accepted), "POST /verify-insurance, complete");
  await expectSafeRedirectTarget(request, apiAnswer(accepted), "POST /verify-insurance, complete");
});

test("a post over the body limit is sent back to the form (303)", async ({ request }) => {
  const response = await request.post("/verify-insurance", {
    headers: { Origin: baseURL(), "Content-Type": "application/octet-stream" },
    data: Buffer.alloc(REQUEST_BODY_MAX_BYTES + 1),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/\/verify-insurance\?upload=too-large$/);
  await expectSafeAnswer(apiAnswer(response), "POST /verify-insurance, too large");
  await expectSafeRedirectTarget(request, apiAnswer(response), "POST /verify-insurance, too large");
});

test("signed in: the set-up's responses, every staff page and route handler, and a card image in a sandbox", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const reference = submittedReference(await postInsuranceRequest(request));
  const cardId = String(insuranceCardsOf(String(findInsuranceRequest(reference)!.id))[0]!.id);

  const context = await browser.newContext({ baseURL: baseURL() });
  try {
    const page = await context.newPage();
    // The set-up link, the password, the authenticator code: the session cookie is set on the way.
    const setUp: Promise<Answer>[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).origin === new URL(baseURL()).origin) setUp.push(browserAnswer(response));
    });
    await enrol(page, "admin");
    const answers = await Promise.all(setUp);
    const cookies = answers.flatMap((a) => a.cookies);
    expect(cookies.some((c) => c.startsWith("__Host-staff-session=")), "the set-up set the session cookie").toBe(true);
    for (const answer of answers) await expectSafeAnswer(answer, `set-up: ${new URL(answer.url).pathname}`);

    for (const { route } of ROUTES.filter((r) => isStaff(r.route))) {
      for (const address of addressesOf(route, { reference, cardId })) await expectSafeAddress(context.request, address);
    }

    const card = await context.request.get(`/staff/submissions/${reference}/cards/${cardId}`);
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/jpeg");
    const policies = card.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies.map((p) => p.value), "the card image's own policy").toContainEqual(
      expect.stringMatching(/default-src 'none'.*\bsandbox\b/),
    );
  } finally {
    await context.close();
  }
});
