import { clinic } from "@/lib/clinic";
import { checkClinic } from "@/lib/clinic-schema";
import { priceOf, seriesOf, seriesTotal } from "@/lib/self-pay";

describe("clinic configuration", () => {
  it("is valid as shipped", () => {
    expect(() => checkClinic(clinic)).not.toThrow();
  });

  it("names each wrong value: a real-looking phone number, a real email domain, an unknown time zone", () => {
    const broken = {
      ...clinic,
      phone: { ...clinic.phone, main: "(541) 867-5309" },
      email: { frontDesk: "desk@gmail.com" },
      timeZone: "Mars/Olympus_Mons",
    };
    expect(() => checkClinic(broken)).toThrow(/clinic\.phone\.main: .*555-01[\s\S]*clinic\.email\.frontDesk[\s\S]*clinic\.timeZone: must be an IANA time zone/);
  });

  it("prices a typical first series of every treatment from the per-session prices, so no price is typed twice", () => {
    for (const treatment of ["iv-ketamine", "esketamine", "im-ketamine", "kap"] as const) expect(seriesOf(treatment).length).toBeGreaterThan(0);
    expect(seriesTotal(seriesOf("iv-ketamine")[0]!)).toBe(6 * priceOf("iv-session"));
    // Esketamine's first 4 weeks: 8 sessions, the first always at 56 mg (the label's starting dose).
    expect(seriesOf("esketamine").map(seriesTotal)).toEqual([8 * priceOf("esketamine-56"), priceOf("esketamine-56") + 7 * priceOf("esketamine-84")]);
  });

  it("refuses a series that names a price that does not exist, and a price id used twice", () => {
    const { selfPay } = clinic.insurance;
    const broken = {
      ...clinic,
      insurance: {
        ...clinic.insurance,
        selfPay: {
          ...selfPay,
          prices: [...selfPay.prices, { ...selfPay.prices[0]! }],
          series: [{ treatment: "iv-ketamine", item: "Six infusions", parts: [{ price: "iv-infusion", count: 6 }] }],
        },
      },
    };
    expect(() => checkClinic(broken)).toThrow(/selfPay\.prices\.\d+\.id: "evaluation" is used twice[\s\S]*selfPay\.series\.0\.parts\.0\.price: no price has the id "iv-infusion"/);
  });
});
