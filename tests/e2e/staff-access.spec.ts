/**
 * Every page, route handler and server action of the staff area, found by walking app/staff
 * (so a new one cannot be forgotten), refuses anyone not signed in, and the admin ones refuse
 * a front-desk account. Refused actions must change nothing.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { fillForm, gotoForm, newPerson, submitAndConfirm } from "./support/appointment-form";
import { outboxIdsFor, staffStateOf, staffUserId } from "./support/db";
import { baseURL } from "./support/env";
import { enrol } from "./support/staff";

const root = path.resolve(__dirname, "../..");
const staffDir = path.join(root, "app/staff");

/** Reached before signing in, by design: signing in and setting up an account. */
const PUBLIC_PAGES = ["/staff/sign-in", "/staff/sign-in/code", "/staff/setup/[token]"];
const PUBLIC_ACTIONS = ["app/staff/sign-in/actions.ts#submitPassword", "app/staff/sign-in/actions.ts#submitCode", "app/staff/setup/[token]/actions.ts#setUp"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const files = filesUnder(staffDir).map((file) => path.relative(root, file));
const routeOf = (file: string) => `/${path.dirname(file).replace(/^app\//, "").replace(/\/\([^)]+\)/g, "")}`;
const needsAdmin = (file: string) => /requireStaff\("admin"|staffOrResponse\("admin"/.test(readFileSync(path.join(root, file), "utf8"));

const pages = files.filter((f) => f.endsWith("/page.tsx")).map((file) => ({ file, route: routeOf(file), admin: needsAdmin(file) }));
const handlers = files.filter((f) => f.endsWith("/route.ts")).map((file) => ({ file, route: routeOf(file), admin: needsAdmin(file) }));

type Action = { key: string; id: string; route: string; admin: boolean };

/** Every exported function of every "use server" file, with the id Next.js gave it in this build. */
function actions(): Action[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  return files
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(readFileSync(path.join(root, f), "utf8")))
    .flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      return [...source.matchAll(/export async function (\w+)/g)].map(([, name]) => {
        const [id, entry] = Object.entries(manifest.node).find(([, e]) => e.filename === file && e.exportedName === name) ?? [];
        if (!id || !entry) throw new Error(`${file}#${name} is not in the build's server-reference manifest: rebuild`);
        // Posted to a page that uses it, as its form would be.
        const route = routeOf(`${Object.keys(entry.workers).sort()[0]}.tsx`);
        const body = source.slice(source.indexOf(`function ${name}`));
        return { key: `${file}#${name}`, id, route, admin: /requireStaff\("admin"/.test(body.slice(0, 400)) };
      });
    });
}

/** Fills a route's dynamic segments with values of the right shape. */
function concrete(route: string, reference: string): string {
  return route
    .replace("[token]", randomBytes(32).toString("base64url"))
    .replace("[ref]", reference)
    .replace("[cardId]", randomUUID());
}

/** Posts to an action as a browser without JavaScript does: the action id and every field any staff form sends. */
async function postAction(request: APIRequestContext, action: Action, fields: Record<string, string>) {
  return request.post(concrete(action.route, reference), {
    headers: { Origin: baseURL() },
    multipart: { [`$ACTION_ID_${action.id}`]: "", ...fields },
    maxRedirects: 0,
  });
}

let reference = "";
const person = newPerson();

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await gotoForm(page);
  await fillForm(page, person);
  reference = await submitAndConfirm(page);
  await page.close();
});

test("the walk finds the staff area's pages, route handlers and actions", () => {
  expect(pages.map((p) => p.route)).toEqual(expect.arrayContaining(["/staff", "/staff/submissions/[ref]", "/staff/audit", ...PUBLIC_PAGES]));
  expect(handlers.map((h) => h.route)).toEqual(expect.arrayContaining(["/staff/export", "/staff/submissions/[ref]/cards/[cardId]"]));
  expect(actions().map((a) => a.key)).toEqual(expect.arrayContaining(PUBLIC_ACTIONS));
  expect(pages.filter((p) => p.admin).map((p) => p.route).sort()).toEqual(["/staff/accounts", "/staff/audit"]);
});

test("without a session, every staff page redirects to sign-in", async ({ request }) => {
  for (const { route } of pages) {
    const response = await request.get(concrete(route, reference), { maxRedirects: 0 });
    if (PUBLIC_PAGES.includes(route)) {
      expect(response.status(), route).toBe(200);
    } else {
      expect(response.status(), route).toBe(307);
      expect(response.headers().location, route).toMatch(/^\/staff\/sign-in(\?next=|$)/);
      expect(await response.text(), route).not.toContain(person.lastName);
    }
    expect(response.headers()["cache-control"], route).toContain("no-store");
  }
});

test("without a session, every staff route handler answers 401 and no data", async ({ request }) => {
  for (const { route } of handlers) {
    const response = await request.get(concrete(route, reference), { maxRedirects: 0 });
    expect(response.status(), route).toBe(401);
    expect(response.headers()["cache-control"], route).toContain("no-store");
    expect(await response.text(), route).not.toContain(person.lastName);
  }
});

test("without a session, every staff server action is refused and changes nothing", async ({ request }) => {
  const before = staffStateOf(reference);
  const emailId = outboxIdsFor(reference)[0]!;
  const fields = { reference, from: "new", to: "in-review", note: "not allowed", emailId, userId: randomUUID(), change: "deactivate", role: "admin" };
  for (const action of actions()) {
    const response = await postAction(request, action, fields);
    if (PUBLIC_ACTIONS.includes(action.key)) {
      // The way in: with nothing valid, it answers the form again and opens no session.
      expect(response.status(), action.key).toBe(200);
      expect(response.headers()["set-cookie"] ?? "", action.key).not.toContain("__Host-staff-session=");
    } else {
      expect(response.status(), action.key).toBe(303);
      expect(response.headers().location, action.key).toMatch(/^\/staff\/sign-in/);
    }
  }
  expect(staffStateOf(reference)).toEqual(before);
});

test("a front-desk account is refused every admin page, route handler and action", async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await enrol(page, "admin"); // an account the admin actions would change
  await page.context().clearCookies();
  await enrol(page, "front-desk");
  const request = page.context().request;

  for (const { route } of pages.filter((p) => p.admin)) {
    expect((await request.get(concrete(route, reference), { maxRedirects: 0 })).status(), route).toBe(403);
  }
  for (const { route } of handlers.filter((h) => h.admin)) {
    expect((await request.get(concrete(route, reference), { maxRedirects: 0 })).status(), route).toBe(403);
  }
  const before = staffStateOf(reference);
  for (const action of actions().filter((a) => a.admin)) {
    const response = await postAction(request, action, { userId: staffUserId(admin.email), change: "deactivate", role: "front-desk" });
    // forbidden() inside a form post without JavaScript renders as a 404 in Next 16; either way it is refused.
    expect([403, 404], action.key).toContain(response.status());
  }
  expect(staffStateOf(reference)).toEqual(before);

  // The same account can work requests.
  expect((await request.get(`/staff/submissions/${reference}`, { maxRedirects: 0 })).status()).toBe(200);
});
