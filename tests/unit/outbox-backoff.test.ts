import { backoffMs } from "@/lib/mail/outbox.server";

describe("email retry backoff", () => {
  it("doubles from 30 seconds and stops growing at one hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(12)).toBe(3_600_000);
  });
});
