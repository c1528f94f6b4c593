import { clinic } from "@/lib/clinic";
import { checkClinic } from "@/lib/clinic-schema";

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
});
