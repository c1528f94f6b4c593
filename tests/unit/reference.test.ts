import { isReference, newReference } from "@/lib/submissions/reference";

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
