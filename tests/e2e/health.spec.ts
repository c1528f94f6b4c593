/**
 * Health and readiness over HTTP, and request ids: /api/health and /api/ready answer GET and
 * HEAD (ready against the run's database and SMTP catcher) and refuse other methods; every
 * response carries an x-request-id, new for each request unless a proxy sent a safe one; and
 * the server's log lines for a submitted form are JSON carrying that request's id.
 */
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillForm, gotoForm, newPerson, submitAndConfirm } from "./support/appointment-form";
import { baseURL, requireEnv } from "./support/env";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test.describe.configure({ mode: "parallel" });

test("GET and HEAD /api/health: 200, ok, never cached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toMatch(/\bno-store\b/);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect((await request.head("/api/health")).status()).toBe(200);
});

test("GET and HEAD /api/ready: 200 with the database and the SMTP server up, naming only the checks", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok", mail: "ok" } });
  expect(response.headers()["cache-control"]).toMatch(/\bno-store\b/);
  expect((await request.head("/api/ready")).status()).toBe(200);
});

test("other methods are refused and change nothing", async ({ request }) => {
  for (const path of ["/api/health", "/api/ready"]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await request.fetch(path, { method, headers: { Origin: baseURL() }, data: "{}", maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test("every response carries a request id: new for each request, a proxy's kept only when it is a plain token", async ({ request }) => {
  const ids: string[] = [];
  for (const path of ["/api/health", "/api/health", "/api/ready", "/", "/about/", "/no-such-page-e2e", "/staff"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const id = response.headers()["x-request-id"] ?? "";
    expect(id, `${path} (${response.status()})`).toMatch(UUID);
    ids.push(id);
  }
  expect(new Set(ids).size).toBe(ids.length);

  const fromProxy = `lb-${randomUUID()}`;
  expect((await request.get("/api/health", { headers: { "x-request-id": fromProxy } })).headers()["x-request-id"]).toBe(fromProxy);
  for (const unsafe of ["jo@example.test", "short", "id with spaces", "x".repeat(65)]) {
    const id = (await request.get("/api/health", { headers: { "x-request-id": unsafe } })).headers()["x-request-id"];
    expect(id, unsafe).toMatch(UUID);
  }
});

test("a submitted form's server log lines are JSON and carry its request id and the instance", async ({ browser }) => {
  const requestId = `e2e-health-${randomUUID()}`;
  const logFile = requireEnv("E2E_SERVER_LOG");
  const from = readFileSync(logFile).length;
  const context = await browser.newContext({ baseURL: baseURL(), extraHTTPHeaders: { "x-request-id": requestId } });
  const person = newPerson();
  let reference: string;
  try {
    const page = await context.newPage();
    await gotoForm(page);
    await fillForm(page, person);
    reference = await submitAndConfirm(page);
  } finally {
    await context.close();
  }

  const pinoLines = () =>
    readFileSync(logFile)
      .subarray(from)
      .toString("utf8")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  await expect.poll(() => pinoLines().some((l) => l.event === "appointment.stored" && l.reference === reference)).toBe(true);

  const lines = pinoLines();
  expect(lines.find((l) => l.reference === reference && l.event === "appointment.stored")).toMatchObject({ requestId, instance: expect.any(String) });
  expect(lines.filter((l) => typeof l.instance !== "string"), "lines without an instance").toEqual([]);
  expect(new Set(lines.map((l) => l.instance)).size, "one instance id for the one server process").toBe(1);
  const text = readFileSync(logFile).subarray(from).toString("utf8");
  for (const value of [person.firstName, person.lastName, person.email, person.phoneDigits, person.note, person.referringClinician]) {
    expect(text, "a value the person typed").not.toContain(value);
  }
});
