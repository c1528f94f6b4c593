import { isReference, newReference } from "@/lib/submissions/reference";
import { backoffMs } from "@/lib/mail/outbox.server";

describe("reference numbers", () => {
  it("look like APT-XXXX-XXXX in an alphabet that reads aloud clearly", () => {
    for (let i = 0; i < 200; i++) {
      const ref = newReference("APT");
      expect(ref).toMatch(/^APT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(isReference(ref, "APT")).toBe(true);
    }
  });

  it("are random: 10,000 draws do not repeat", () => {
    const refs = new Set(Array.from({ length: 10_000 }, () => newReference("APT")));
    expect(refs.size).toBe(10_000);
  });

  it("reject anything else a URL could carry", () => {
    for (const bad of [undefined, ["APT-AAAA-AAAA"], "apt-aaaa-aaaa", "APT-AAAA-AAAI", "APT-AAAA-AAAA<script>", "APT-AAAA"]) {
      expect(isReference(bad, "APT")).toBe(false);
    }
  });
});

describe("email retry backoff", () => {
  it("doubles from 30 seconds and stops growing at one hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(12)).toBe(3_600_000);
  });
});
