import { randomUUID } from "node:crypto";
import { createTestDb, providers, type TestDb } from "@/tests/helpers/db";

describe.each(providers)("test database harness on %s", (provider) => {
  let testDb: TestDb;
  beforeEach(async () => {
    testDb = await createTestDb(provider);
  });
  afterEach(async () => {
    await testDb.cleanup();
  });

  it("gives each test a migrated, empty database", async () => {
    const { db } = testDb;
    expect(await db.appointmentRequest.count()).toBe(0);

    const created = await db.appointmentRequest.create({
      data: {
        reference: "CL-TEST-0001",
        idempotencyKey: randomUUID(),
        firstName: "Ana",
        lastName: "Lopez",
        dateOfBirth: "1990-05-10",
        phone: "(541) 555-0100",
        email: "ana@example.test",
        preferredContact: "email",
        availableDays: "mon,wed",
        availableTimes: "morning",
        treatment: "esketamine",
        patientStatus: "new",
        consentToContactAt: new Date(),
      },
    });
    const read = await db.appointmentRequest.findUniqueOrThrow({ where: { reference: "CL-TEST-0001" } });
    expect(read).toEqual(created);
    expect(read).toMatchObject({ status: "new", note: null, referringClinician: null });
  });

  it("starts the next test from an empty database again", async () => {
    expect(await testDb.db.appointmentRequest.count()).toBe(0);
    expect(await testDb.db.outboxEmail.count()).toBe(0);
  });
});
