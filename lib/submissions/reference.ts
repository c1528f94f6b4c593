import { randomInt } from "node:crypto";

// Crockford's base32 without I, L, O and U: easy to read aloud over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export type ReferencePrefix = "APT" | "INS";

/** A random reference such as APT-7KQ2-M9XD: 40 bits, not derived from anything the person typed. */
export function newReference(prefix: ReferencePrefix): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export function isReference(value: unknown, prefix: ReferencePrefix): value is string {
  return typeof value === "string" && new RegExp(`^${prefix}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`).test(value);
}
