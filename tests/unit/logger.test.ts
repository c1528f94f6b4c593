// First, as Next.js's server does: gives Next's request store a real AsyncLocalStorage.
import "next/dist/server/node-environment-baseline";
import { runInNewContext } from "node:vm";
import { workUnitAsyncStorage, type RequestStore } from "next/dist/server/app-render/work-unit-async-storage.external";
import { errorFacts, outsideRequest } from "@/lib/log/logger.server";
import { captureLog as capture, type LogLine as Line } from "@/tests/helpers/log-capture";
import { routeConsoleTo } from "@/lib/log/console.server";
import { requestErrorFacts } from "@/lib/log/request-error.server";
import { isSafeRequestId, requestIdFor } from "@/lib/log/request-id";
import { APPOINTMENT_FIELDS } from "@/lib/validation/appointment";
import { INSURANCE_FIELDS } from "@/lib/validation/insurance";


/** Runs `fn` as Next.js runs a request's code: inside its request store, with the headers proxy.ts passed on. */
function inRequest<T>(headers: Record<string, string>, fn: () => T): T {
  const store = { type: "request", phase: "action", headers: new Headers(headers) } as unknown as RequestStore;
  return workUnitAsyncStorage.run(store, fn);
}

/** `value` wrapped in `depth` objects: { a0: { a1: … value } }. */
const nested = (depth: number, value: unknown): unknown => (depth === 0 ? value : { [`level${depth}`]: nested(depth - 1, value) });

// ---------------------------------------------------------------- a full request, every field filled

const P = {
  firstName: "Marisolde",
  lastName: "Quennevillier",
  dateOfBirth: "1987-03-14",
  phone: "(541) 555-0147",
  phoneDigits: "5415550147",
  email: "marisolde.q@example.test",
  referringClinician: "Dr. Ingrid Vasquez-Holmberg",
  note: "Sleeping badly since the funeral",
  carrierOther: "Cascadia Mutual Benefit",
  memberId: "QZX88123457",
  groupNumber: "GRP-77123-04",
  policyholderName: "Bartholomew Quennevillier",
  policyholderDateOfBirth: "1959-11-30",
  secondaryMemberId: "ZSM00412398",
  secondaryGroupNumber: "SG-44871-2",
  secondaryPolicyholderName: "Rosalind Okonkwo-Quennevillier",
  secondaryPolicyholderDateOfBirth: "1961-02-17",
  cardFileName: "marisolde-card-front.jpg",
  cardBackFileName: "marisolde-card-back.heic",
  sessionCookie: "__Host-staff-session=s3ss10nV4lu3Xq",
  bearer: "Bearer eyJhbGciOiJIUzI1NiJ9.tok3nVa1ue",
  clientIp: "203.0.113.77",
  totp: "482913",
  password: "correct horse battery staple 9",
  query: "utm_patient=marisolde",
} as const;

const appointmentBody = {
  firstName: P.firstName,
  lastName: P.lastName,
  dateOfBirth: P.dateOfBirth,
  phone: P.phone,
  email: P.email,
  preferredContact: "text",
  availableDays: ["tue", "thu"],
  availableTimes: ["evening"],
  treatment: "esketamine",
  patientStatus: "returning",
  referringClinician: P.referringClinician,
  note: P.note,
  consentToContact: "on",
  acknowledgeNotEmergency: "on",
};

const cardFile = (name: string) => ({ name, size: 48_213, type: "image/jpeg", lastModified: 1_700_000_000_000 });

const insuranceBody = {
  firstName: P.firstName,
  lastName: P.lastName,
  dateOfBirth: P.dateOfBirth,
  phone: P.phone,
  email: P.email,
  treatment: "iv-ketamine",
  coverageType: "employer",
  carrier: "other",
  carrierOther: P.carrierOther,
  planType: "ppo",
  memberId: P.memberId,
  groupNumber: P.groupNumber,
  relationship: "parent",
  policyholderName: P.policyholderName,
  policyholderDateOfBirth: P.policyholderDateOfBirth,
  cardFront: cardFile(P.cardFileName),
  cardBack: new File([new Uint8Array([0xff, 0xd8, 0xff])], P.cardBackFileName, { type: "image/heic" }),
  hasSecondary: "yes",
  secondaryCarrier: "regence",
  secondaryPlanType: "hmo",
  secondaryMemberId: P.secondaryMemberId,
  secondaryGroupNumber: P.secondaryGroupNumber,
  secondaryRelationship: "spouse",
  secondaryPolicyholderName: P.secondaryPolicyholderName,
  secondaryPolicyholderDateOfBirth: P.secondaryPolicyholderDateOfBirth,
  consentToVerify: "on",
};

/** What the insurance schema makes of it: a patient, coverages with a policyholder and cards. */
const parsedInsurance = {
  patient: { firstName: P.firstName, lastName: P.lastName, dateOfBirth: P.dateOfBirth, phone: P.phoneDigits, email: P.email },
  coverages: [
    {
      rank: "primary",
      carrierName: P.carrierOther,
      memberId: P.memberId,
      groupNumber: P.groupNumber,
      policyholder: { name: P.policyholderName, dateOfBirth: P.policyholderDateOfBirth },
      cards: [{ side: "front", file: cardFile(P.cardFileName) }],
    },
    {
      rank: "secondary",
      memberId: P.secondaryMemberId,
      subscriber: { fullName: P.secondaryPolicyholderName, birthDate: P.secondaryPolicyholderDateOfBirth },
      cardImages: [{ bytes: Buffer.from(P.secondaryMemberId), fileName: P.cardBackFileName }],
    },
  ],
};

function patientError(): Error {
  const cause = Object.assign(new Error(`duplicate key for ${P.email}`), { code: "23505" });
  const err = new Error(`Invalid value "${P.lastName}" for dateOfBirth ${P.dateOfBirth} (member ${P.memberId})`, { cause });
  return Object.assign(err, { name: "PrismaClientValidationError", code: "P2009", meta: { target: P.phone } });
}

const fullRequest = () => ({
  method: "POST",
  url: `/verify-insurance?${P.query}&email=${encodeURIComponent(P.email)}`,
  headers: {
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64)",
    cookie: P.sessionCookie,
    authorization: P.bearer,
    "x-forwarded-for": P.clientIp,
    "x-real-ip": P.clientIp,
    referer: `https://clinic.example.test/appointments?note=${encodeURIComponent(P.note)}`,
  },
  body: { ...appointmentBody, ...insuranceBody, website: "", code: P.totp, password: P.password },
  parsed: parsedInsurance,
  values: appointmentBody,
  error: patientError(),
  to: P.email,
  recipient: P.email,
});

/** Every value above that must not reach a log line, with its forms as they could be printed. */
const SECRETS = [...Object.values(P), encodeURIComponent(P.email), "eyJhbGciOiJIUzI1NiJ9", "s3ss10nV4lu3Xq", "funeral"];

function expectNoSecrets(text: string) {
  expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
}

describe("log redaction", () => {
  it("hides the value of every field of both forms, by its name, at any depth and in lists", () => {
    const { log, text, lines } = capture();
    const fields = [...new Set([...APPOINTMENT_FIELDS, ...INSURANCE_FIELDS])];
    for (const depth of [0, 1, 3, 6]) {
      const answers = Object.fromEntries(fields.map((field) => [field, `canary-${field}-Kx7`]));
      log.info({ event: "test.fields", reference: "APT-7KQ2-M9XD", data: nested(depth, answers), list: [nested(depth, answers)] });
    }
    expect(text()).not.toContain("Kx7");
    expect(lines()).toHaveLength(4);
    for (const line of lines()) expect(line).toMatchObject({ event: "test.fields", reference: "APT-7KQ2-M9XD" });
  });

  it("logs a full request (headers, both forms' answers, parsed coverages, card files, an error) at several depths without any patient value or secret", () => {
    const { log, text, lines } = capture();
    const requestId = "e2e-unit-4f1c9a7b";
    inRequest({ "x-request-id": requestId }, () => {
      const request = fullRequest();
      log.info({ event: "test.top", reference: "INS-4TQ8-ZZ2P", ...request });
      for (const depth of [1, 2, 4, 7]) log.warn({ event: `test.depth${depth}`, reference: "INS-4TQ8-ZZ2P", context: nested(depth, { request }) });
      log.error({ event: "test.list", requests: [request, [request]] });
      log.error(request.error);
      log.error({ event: "test.err", err: request.error });
      log.error(request.error, "store failed for %s", P.email);
      log.info("stored %s for %o", P.email, request.body);
      log.child({ email: P.email, phone: P.phone }).info({ event: "test.child" });
    });
    const out = text();
    expectNoSecrets(out);

    const all = lines();
    expect(all).toHaveLength(11);
    for (const line of all) expect(line).toMatchObject({ requestId, instance: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    // What is safe stays readable.
    const top = all[0]!;
    expect(top).toMatchObject({
      event: "test.top",
      reference: "INS-4TQ8-ZZ2P",
      method: "POST",
      url: "/verify-insurance",
      headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64)", cookie: "[redacted]", authorization: "[redacted]" },
      body: "[redacted]",
      error: { errorName: "PrismaClientValidationError", errorCode: "P2009" },
      to: "[redacted]",
    });
    expect((top.parsed as Line).coverages).toBe("[redacted]");
    expect(JSON.stringify(all[4])).toContain('"method":"POST"'); // depth 7 still shows its structure
    expect(all[6]).toMatchObject({ errorName: "PrismaClientValidationError", errorCode: "P2009" });
    expect(all[7]).toMatchObject({ err: { errorName: "PrismaClientValidationError", errorCode: "P2009" } });
    expect(all[8]).toMatchObject({ msg: "store failed for [redacted]" });
    expect(all[9]).toMatchObject({ msg: expect.stringMatching(/^stored \[redacted\] for /) });
    expect(all[10]).toMatchObject({ event: "test.child", email: "[redacted]", phone: "[redacted]" });
  });

  it("reads the contents of Headers, FormData, Request, Map and URL objects before it redacts them", () => {
    const { log, text } = capture();
    const headers = new Headers({ cookie: P.sessionCookie, authorization: P.bearer, "x-forwarded-for": P.clientIp, accept: "text/html" });
    const form = new FormData();
    for (const [name, value] of Object.entries(appointmentBody)) form.append(name, String(value));
    form.append("cardFront", new File([new Uint8Array(8)], P.cardFileName, { type: "image/jpeg" }));
    const request = new Request(`https://clinic.example.test/appointments?${P.query}`, { method: "POST", headers });
    log.info({ event: "test.objects", headers, form, request, map: new Map(Object.entries(insuranceBody)), url: new URL(request.url) });
    expectNoSecrets(text());
    expect(text()).toContain('"accept":"text/html"');
    expect(text()).toContain('"url":"https://clinic.example.test/appointments"');
  });

  it("keeps counts and flags under names that only contain a sensitive word", () => {
    const { log, lines } = capture();
    log.info({ event: "retention.purge", cards: 3, notes: 2, emails: 4, mailFiles: 1, errorName: "TypeError" });
    expect(lines()[0]).toMatchObject({ cards: 3, notes: 2, emails: 4, mailFiles: 1, errorName: "TypeError" });
  });
});

describe("request and instance ids", () => {
  it("adds the request's id to every line logged while it is handled, also after an await; none outside it", async () => {
    const { log, lines } = capture();
    const id = requestIdFor(null);
    await inRequest({ "x-request-id": id }, async () => {
      log.info({ event: "test.before" });
      await new Promise((resolve) => setImmediate(resolve));
      log.info({ event: "test.after" });
    });
    log.info({ event: "test.outside" });
    inRequest({ "x-request-id": P.email }, () => log.info({ event: "test.unsafe_id" }));

    const [before, after, outside, unsafe] = lines();
    expect(before).toMatchObject({ event: "test.before", requestId: id });
    expect(after).toMatchObject({ event: "test.after", requestId: id });
    expect(outside).not.toHaveProperty("requestId");
    expect(unsafe).not.toHaveProperty("requestId");
    const instances = new Set(lines().map((l) => l.instance));
    expect(instances.size).toBe(1);
    expect([...instances][0]).toEqual(expect.any(String));
  });

  it("leaves the request's id off work shared by many requests (outsideRequest), also after an await", async () => {
    const { log, lines } = capture();
    await inRequest({ "x-request-id": requestIdFor(null) }, () =>
      outsideRequest(async () => {
        log.info({ event: "test.shared" });
        await new Promise((resolve) => setImmediate(resolve));
        log.info({ event: "test.shared_later" });
      }),
    );
    for (const line of lines()) expect(line).not.toHaveProperty("requestId");
    expect(lines()).toHaveLength(2);
  });

  it("accepts an incoming id only when it is a short plain token", () => {
    expect(requestIdFor("lb-7f3a9c2e")).toBe("lb-7f3a9c2e");
    for (const incoming of [null, "", "short", P.email, "a".repeat(65), "id with spaces", "x-id;drop"]) {
      const id = requestIdFor(incoming);
      expect(id).not.toBe(incoming);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(isSafeRequestId(requestIdFor(null))).toBe(true);
  });
});

describe("errorFacts", () => {
  it("gives an error's class, code and digest, never its message", () => {
    const facts = errorFacts(patientError());
    expect(facts).toEqual({ errorName: "PrismaClientValidationError", errorCode: "P2009" });
    expect(errorFacts(Object.assign(new Error("x"), { digest: "2863021874" }))).toEqual({ errorName: "Error", errorDigest: "2863021874" });
    // Next.js's redirect "error" carries the address in its digest.
    expect(errorFacts(Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;push;/x?email=${P.email};303;` }))).toEqual({ errorName: "Error" });
    expect(errorFacts(Object.assign(new Error("x"), { code: `bad ${P.email}` }))).toEqual({ errorName: "Error" });
    expect(errorFacts("a string thrown")).toEqual({ errorName: "string" });
  });

  it("recognises an error made in another realm", () => {
    const foreign = runInNewContext(`Object.assign(new TypeError("for ${P.email}"), { code: "ECONNREFUSED" })`) as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(errorFacts(foreign)).toEqual({ errorName: "TypeError", errorCode: "ECONNREFUSED" });
    const { log, text } = capture();
    log.error({ event: "test.foreign", err: foreign });
    expectNoSecrets(text());
    expect(text()).toContain('"errorCode":"ECONNREFUSED"');
  });
});

describe("errors Next.js reports (onRequestError)", () => {
  it("logs the facts, route, method and request id, never the message or the address's query", () => {
    const { log, text, lines } = capture();
    const facts = requestErrorFacts(
      Object.assign(patientError(), { digest: "1449203311" }),
      { path: `/appointments?email=${encodeURIComponent(P.email)}`, method: "POST", headers: { "x-request-id": "req-12345678", cookie: P.sessionCookie } },
      { routerKind: "App Router", routePath: "/appointments", routeType: "action", revalidateReason: undefined },
    );
    log.error(facts);
    expectNoSecrets(text());
    expect(lines()[0]).toMatchObject({
      event: "request.error",
      errorName: "PrismaClientValidationError",
      errorCode: "P2009",
      errorDigest: "1449203311",
      method: "POST",
      route: "/appointments",
      routeType: "action",
      requestId: "req-12345678",
    });
  });
});

describe("what Next.js and libraries print (routeConsoleTo, production)", () => {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  afterEach(() => Object.assign(console, original));

  it("becomes JSON lines; an error Next.js prints keeps its facts, never its text", () => {
    const { log, text, lines } = capture();
    routeConsoleTo(log);
    console.log("\u001b[32m✓\u001b[39m Ready in 212ms");
    console.warn("⚠ a configuration warning");
    console.error(" ⨯", patientError());
    console.error(` ⨯ Error: could not store ${P.email}`);
    expectNoSecrets(text());
    expect(lines()).toEqual([
      expect.objectContaining({ level: 30, event: "console", text: "✓ Ready in 212ms" }),
      expect.objectContaining({ level: 40, event: "console.warn", text: "⚠ a configuration warning" }),
      expect.objectContaining({ level: 50, event: "console.error", errorName: "PrismaClientValidationError", errorCode: "P2009" }),
      expect.objectContaining({ level: 50, event: "console.error" }),
    ]);
  });
});
