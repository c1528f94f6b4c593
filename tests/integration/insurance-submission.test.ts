/**
 * The insurance verification action's promises, against real databases (SQLite, and
 * PostgreSQL when TEST_POSTGRES_URL is set) and a real SMTP server: member IDs, group numbers,
 * policyholders and card images stored encrypted and bound to their request, card types
 * decided from the bytes, stored once, emailed once, no patient data in any email or log
 * line, nothing stored when anything is wrong.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createDb } from "@/lib/db/client.server";
import type { DatabaseProvider } from "@/lib/db/url";
import { logger } from "@/lib/log/logger.server";
import { createSmtpMailer } from "@/lib/mail/mailer.server";
import { drainOutbox } from "@/lib/mail/outbox.server";
import { decryptBytes, decryptText, generateKeySpec, parseKeyRing, type KeyRing } from "@/lib/security/encryption.server";
import type { SubmissionLimiter } from "@/lib/security/rate-limit.server";
import { encryptionContext, submitInsurance } from "@/lib/submissions/insurance.server";
import { JPEG, PDF, PNG, asFile, makePng, paddedTo } from "@/tests/helpers/card-files";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";
import { SITE, STAFF, formData, roomyLimiter, yearsAgo } from "@/tests/helpers/submissions";

const MB = 1024 * 1024;

/** Distinctive values, so finding any of them in an email or a log line is unambiguous. */
function patient() {
  const tag = randomUUID().slice(0, 6);
  const code = randomBytes(4).toString("hex").toUpperCase();
  return {
    firstName: `Marisol${tag.replace(/\d/g, "x")}`,
    lastName: `Quenneville-${tag.replace(/\d/g, "q")}`,
    dateOfBirth: yearsAgo(37),
    phone: "541-555-0177",
    email: `patient.${tag}@example.test`,
    treatment: "esketamine",
    coverageType: "employer",
    carrier: "regence",
    planType: "ppo",
    memberId: `XQM${code}77`,
    groupNumber: `GRP-${code}-904`,
    relationship: "self",
    hasSecondary: "yes",
    secondaryCarrier: "other",
    secondaryCarrierOther: `Umpqua Mutual ${tag.replace(/\d/g, "u")}`,
    secondaryPlanType: "hmo",
    secondaryMemberId: `ZSM${code}31`,
    secondaryGroupNumber: `SG-${code}-612`,
    secondaryRelationship: "spouse",
    secondaryPolicyholderName: `Teodora Vashchenko-${tag.replace(/\d/g, "v")}`,
    secondaryPolicyholderDateOfBirth: yearsAgo(41),
    consentToVerify: "on",
  };
}
type Patient = ReturnType<typeof patient>;

/** Only what a self-pay person is asked. */
function selfPay(p: Patient) {
  const { firstName, lastName, dateOfBirth, phone, email, treatment } = p;
  return { firstName, lastName, dateOfBirth, phone, email, treatment, coverageType: "self-pay" };
}

/** Card photos as a browser posts them; the claimed types are deliberately wrong or vague. */
const cards = () => ({
  cardFront: asFile(JPEG, "front.jpg", "application/octet-stream"),
  cardBack: asFile(PNG, "back.png", "image/jpeg"),
});

/** What must never appear in an email body or subject, or in a log line. */
function secretsOf(p: Patient): string[] {
  return [
    p.firstName,
    p.lastName,
    p.dateOfBirth,
    p.phone,
    "5415550177",
    "555-0177",
    p.email,
    p.memberId,
    p.groupNumber,
    p.secondaryMemberId,
    p.secondaryGroupNumber,
    p.secondaryPolicyholderName,
    p.secondaryPolicyholderDateOfBirth,
    p.secondaryCarrierOther,
    "Regence",
    "esketamine",
    "Esketamine",
  ];
}

describe.each(providers)("insurance submission on %s", (provider: DatabaseProvider) => {
  let t: TestDb;
  let smtp: TestSmtpServer;
  let limiter: SubmissionLimiter;
  let keys: KeyRing;
  const submit = (data: FormData, clientKey = "203.0.113.7") => submitInsurance(data, { db: async () => t.db, limiter, clientKey, keys });
  const drain = (now = new Date()) => drainOutbox(t.db, createSmtpMailer(smtp.url, 2000), { now, siteUrl: SITE });
  const counts = async () => ({
    requests: await t.db.insuranceRequest.count(),
    coverages: await t.db.insuranceCoverage.count(),
    cards: await t.db.insuranceCard.count(),
    emails: await t.db.outboxEmail.count(),
  });
  const nothingStored = { requests: 0, coverages: 0, cards: 0, emails: 0 };

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    t = await createTestDb(provider);
    limiter = roomyLimiter();
    keys = parseKeyRing(generateKeySpec("test"));
    smtp.messages.length = 0;
    smtp.setMode("accept");
  });
  afterEach(() => t.cleanup());

  it("stores the plans and card images encrypted, bound to the request, and emails no patient data", async () => {
    const p = patient();
    const logged: unknown[] = [];
    for (const level of ["info", "warn", "error"] as const) {
      jest.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }

    const result = await submit(formData(p, cards()));
    expect(result).toMatchObject({ ok: true, duplicate: false });
    if (!result.ok) throw new Error("unreachable");
    const { reference } = result;
    expect(reference).toMatch(/^INS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await counts()).toEqual({ requests: 1, coverages: 2, cards: 2, emails: 2 });

    const row = await t.db.insuranceRequest.findUniqueOrThrow({ where: { reference }, include: { coverages: true, cards: true } });
    expect(row).toMatchObject({ status: "new", firstName: p.firstName, phone: "(541) 555-0177", coverageType: "employer", treatment: "esketamine" });
    expect(row.consentToVerifyAt).toBeInstanceOf(Date);

    // Plans: the numbers and the policyholder are ciphertext that decrypts only where it belongs.
    const primary = row.coverages.find((c) => c.rank === "primary")!;
    const secondary = row.coverages.find((c) => c.rank === "secondary")!;
    expect(primary).toMatchObject({
      carrier: "regence",
      carrierName: "Regence BlueCross BlueShield",
      planType: "ppo",
      relationship: "self",
      policyholder: null,
    });
    expect(secondary).toMatchObject({ carrier: "other", carrierName: p.secondaryCarrierOther, planType: "hmo", relationship: "spouse" });
    const policyholder = JSON.stringify({ name: p.secondaryPolicyholderName, dateOfBirth: p.secondaryPolicyholderDateOfBirth });
    const sealed = [
      { rank: "primary", what: "memberId", stored: primary.memberId, plain: p.memberId },
      { rank: "primary", what: "groupNumber", stored: primary.groupNumber, plain: p.groupNumber },
      { rank: "secondary", what: "memberId", stored: secondary.memberId, plain: p.secondaryMemberId },
      { rank: "secondary", what: "groupNumber", stored: secondary.groupNumber, plain: p.secondaryGroupNumber },
      { rank: "secondary", what: "policyholder", stored: secondary.policyholder, plain: policyholder },
    ];
    for (const { rank, what, stored, plain } of sealed) {
      expect(typeof stored).toBe("string");
      expect(stored).not.toBe(plain);
      for (const secret of [plain, p.secondaryPolicyholderName, p.secondaryPolicyholderDateOfBirth]) expect(stored).not.toContain(secret);
      expect(decryptText(keys, stored!, encryptionContext(reference, rank, what))).toBe(plain);
      expect(() => decryptText(keys, stored!, encryptionContext("INS-0000-0000", rank, what))).toThrow();
      expect(() => decryptText(keys, stored!, encryptionContext(reference, rank === "primary" ? "secondary" : "primary", what))).toThrow();
    }

    // Cards: encrypted bytes, the type detected from the bytes (not what the browser claimed).
    const sides = [
      { side: "front", original: JPEG, mediaType: "image/jpeg" },
      { side: "back", original: PNG, mediaType: "image/png" },
    ];
    for (const { side, original, mediaType } of sides) {
      const card = row.cards.find((c) => c.rank === "primary" && c.side === side)!;
      expect(card).toMatchObject({ mediaType, byteSize: original.length });
      const content = Buffer.from(card.content);
      expect(content.equals(original)).toBe(false);
      const middle = Math.floor(original.length / 2);
      expect(content.indexOf(original.subarray(middle - 12, middle + 12))).toBe(-1);
      expect(content.indexOf(original.subarray(0, 16))).toBe(-1);
      expect(decryptBytes(keys, card.content, encryptionContext(reference, "primary", `card-${side}`)).equals(original)).toBe(true);
      expect(() => decryptBytes(keys, card.content, encryptionContext("INS-0000-0000", "primary", `card-${side}`))).toThrow();
      expect(() => decryptBytes(keys, card.content, encryptionContext(reference, "primary", side === "front" ? "card-back" : "card-front"))).toThrow();
      expect(() => decryptBytes(parseKeyRing(generateKeySpec("test")), card.content, encryptionContext(reference, "primary", `card-${side}`))).toThrow();
    }

    expect(await drain()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const messages = await smtp.waitFor(2);
    const staff = messages.find((m) => m.to.includes(STAFF));
    const toPatient = messages.find((m) => m.to.includes(p.email));
    expect(staff?.subject).toBe(`New insurance verification ${reference}`);
    expect(staff?.text).toContain(`${SITE}/staff/submissions/${reference}`);
    expect(toPatient?.text).toContain(reference);
    expect(toPatient?.text).toContain("(541) 555-0142");

    for (const message of messages) {
      const shown = `${message.subject}\n${message.text}\n${message.html}`;
      for (const secret of secretsOf(p)) expect(shown).not.toContain(secret);
    }
    const logText = JSON.stringify(logged);
    expect(logText).toContain(reference);
    for (const secret of secretsOf(p)) expect(logText).not.toContain(secret);
    jest.restoreAllMocks();
  });

  it("stores a self-pay request without plans or cards, ignoring insurance answers and files sent anyway", async () => {
    const p = patient();
    const leftovers = {
      carrier: p.carrier,
      memberId: p.memberId,
      groupNumber: p.groupNumber,
      relationship: "parent",
      hasSecondary: "yes",
      secondaryMemberId: "x",
      consentToVerify: "on",
    };
    const files = { cardFront: asFile(JPEG, "front.jpg", "image/jpeg"), cardBack: asFile(PDF, "back.jpg", "image/jpeg") };

    const result = await submit(formData({ ...selfPay(p), ...leftovers }, files));
    expect(result).toMatchObject({ ok: true, duplicate: false });
    if (!result.ok) return;
    expect(await counts()).toEqual({ requests: 1, coverages: 0, cards: 0, emails: 2 });
    const row = await t.db.insuranceRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({ coverageType: "self-pay", consentToVerifyAt: null, firstName: p.firstName });
  });

  it("rejects a PDF renamed card.jpg, storing nothing", async () => {
    const p = patient();
    const result = await submit(formData(p, { cardFront: asFile(PDF, "card.jpg", "image/jpeg"), cardBack: asFile(PNG, "back.png", "image/png") }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({ cardFront: expect.stringMatching(/named as a JPEG.*contains a PDF/) });
    expect(result.state.filesNotKept).toEqual(["cardFront", "cardBack"]);
    expect(await counts()).toEqual(nothingStored);
  });

  it("rejects a damaged image with a message the person can act on, storing nothing", async () => {
    const result = await submit(formData(patient(), { cardFront: asFile(JPEG, "front.jpg"), cardBack: asFile(randomBytes(4096), "back.png", "image/png") }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({ cardBack: expect.stringContaining("could not read") });
    expect(await counts()).toEqual(nothingStored);
  });

  it("rejects a file over 10 MB without throwing, storing nothing", async () => {
    const result = await submit(formData(patient(), { cardFront: asFile(paddedTo(JPEG, 11 * MB), "front.jpg", "image/jpeg") }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({ cardFront: expect.stringMatching(/11 MB.*up to 10 MB/) });
    expect(await counts()).toEqual(nothingStored);
  });

  it("rejects card files that together exceed 20 MB, storing nothing", async () => {
    const big = (name: string) => asFile(paddedTo(JPEG, 7 * MB), name, "image/jpeg");
    const result = await submit(formData(patient(), { cardFront: big("front.jpg"), cardBack: big("back.jpg"), secondaryCardFront: big("second.jpg") }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({ secondaryCardFront: expect.stringMatching(/21 MB.*up to 20 MB in all/) });
    expect(await counts()).toEqual(nothingStored);
  });

  it("lists every missing insurance answer at once and returns the typed values", async () => {
    const p = patient();
    const { memberId: _memberId, consentToVerify: _consent, ...rest } = p;
    const answers = { ...rest, hasSecondary: "no", relationship: "parent" };
    const result = await submit(formData(answers, cards()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors).toEqual({
      memberId: expect.stringContaining("member ID"),
      policyholderName: expect.stringContaining("policyholder's full name"),
      policyholderDateOfBirth: expect.stringContaining("policyholder's date of birth"),
      consentToVerify: expect.stringContaining("contact your insurer"),
    });
    expect(result.state.message).toContain("4 highlighted fields");
    expect(result.state.values).toMatchObject({
      firstName: p.firstName,
      carrier: "regence",
      groupNumber: p.groupNumber,
      relationship: "parent",
      hasSecondary: "no",
    });
    expect(result.state.values).not.toHaveProperty("cardFront");
    expect(result.state.filesNotKept).toEqual(["cardFront", "cardBack"]);
    expect(await counts()).toEqual(nothingStored);
  });

  it("stores a resubmitted form with the same files once, and a changed card image as a new request", async () => {
    const p = patient();
    const key = randomUUID();
    const first = await submit(formData({ ...p, idempotencyKey: key }, cards()));
    const again = await submit(formData({ ...p, idempotencyKey: key }, cards()));
    expect(first).toMatchObject({ ok: true, duplicate: false });
    if (!first.ok) return;
    expect(again).toEqual({ ok: true, duplicate: true, reference: first.reference });
    expect(await counts()).toEqual({ requests: 1, coverages: 2, cards: 2, emails: 2 });

    const otherBack = asFile(makePng(2, 2, [12, 160, 90]), "back.png", "image/png");
    const changed = await submit(formData({ ...p, idempotencyKey: key }, { ...cards(), cardBack: otherBack }));
    expect(changed).toMatchObject({ ok: true, duplicate: false });
    expect(changed.ok && changed.reference).not.toBe(first.reference);
    expect(await counts()).toEqual({ requests: 2, coverages: 4, cards: 4, emails: 4 });
  });

  it("shows a friendly error with the clinic's phone and keeps the values when the database is unreachable", async () => {
    const p = patient();
    const logged: unknown[] = [];
    jest.spyOn(logger, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const unreachable = provider === "postgres" ? "postgres://postgres@127.0.0.1:1/none" : "file:/proc/no-such-dir/clinic.db";

    const result = await submitInsurance(formData(p, cards()), { db: () => createDb(unreachable), limiter, clientKey: "x", keys });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.message).toMatch(/problem on our side.*\(541\) 555-0142/);
    expect(result.state.values).toMatchObject({ firstName: p.firstName, memberId: p.memberId });
    expect(result.state.filesNotKept).toEqual(["cardFront", "cardBack"]);
    expect(logged).toHaveLength(1);
    for (const secret of secretsOf(p)) expect(JSON.stringify(logged)).not.toContain(secret);
    jest.restoreAllMocks();
  });
});
