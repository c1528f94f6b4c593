import { clientKey } from "@/lib/security/client-key.server";

const withForwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("client key for rate limiting", () => {
  it("uses the address Next.js recorded when there is no proxy and no forged header", () => {
    expect(clientKey(withForwarded("192.0.2.10"), 0)).toBe("192.0.2.10");
  });

  it("with one trusted proxy, takes the address that proxy appended, not what the client claimed", () => {
    expect(clientKey(withForwarded("10.9.9.9, 1.2.3.4, 192.0.2.10"), 1)).toBe("192.0.2.10");
  });

  it("with two trusted proxies, skips the inner proxy's own hop", () => {
    expect(clientKey(withForwarded("6.6.6.6, 192.0.2.10, 10.0.0.5"), 2)).toBe("192.0.2.10");
  });

  it("copes with fewer hops than configured proxies and with a missing header", () => {
    expect(clientKey(withForwarded("192.0.2.10"), 3)).toBe("192.0.2.10");
    expect(clientKey(withForwarded(), 1)).toBe("unknown");
    expect(clientKey(withForwarded(" , "), 0)).toBe("unknown");
  });
});
