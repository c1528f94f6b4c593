/** The server's body limits and the one the forms and proxy.ts use must be the same number. */
import { CARD_FILES_TOTAL_MAX_BYTES, MB, REQUEST_BODY_MAX_BYTES } from "@/lib/uploads/limits";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require("../../next.config.js");

const bytes = (size: string) => {
  const match = /^(\d+)mb$/i.exec(size);
  if (!match) throw new Error(`unexpected size ${size}`);
  return Number(match[1]) * MB;
};

it("reads server-action bodies up to the limit proxy.ts enforces", () => {
  expect(bytes(nextConfig.experimental.serverActions.bodySizeLimit)).toBe(REQUEST_BODY_MAX_BYTES);
});

it("lets the proxy buffer whole bodies up to that limit instead of cutting them at 10 MB", () => {
  expect(bytes(nextConfig.experimental.proxyClientMaxBodySize)).toBe(REQUEST_BODY_MAX_BYTES);
});

it("leaves room above the card files' total for the rest of the form", () => {
  expect(REQUEST_BODY_MAX_BYTES).toBeGreaterThan(CARD_FILES_TOTAL_MAX_BYTES + MB);
});
