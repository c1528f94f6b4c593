import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "@/lib/config-error";
import {
  decryptBytes,
  decryptText,
  encryptBytes,
  encryptText,
  generateKeySpec,
  keyRing,
  parseKeyRing,
  type KeyRing,
} from "@/lib/security/encryption.server";

const FAILED = "Encrypted value could not be decrypted";
const CONTEXT = "insurance:INS-AB12-CD34:memberId";

const ring = parseKeyRing(generateKeySpec("test"));

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a throw");
}

/** Flips one bit of the byte at `index` (negative counts from the end). */
function flip(sealed: Buffer, index: number): Buffer {
  const copy = Buffer.from(sealed);
  const at = index < 0 ? copy.length + index : index;
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe("encryptText / decryptText", () => {
  it.each(["XJH123456789", "", "Zoë Ångström-Øre 山田 🙂", "a".repeat(10_000)])("round-trips %j", (plain) => {
    const sealed = encryptText(ring, plain, CONTEXT);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decryptText(ring, sealed, CONTEXT)).toBe(plain);
  });

  it("gives a different ciphertext each call, without the plaintext in it", () => {
    const plain = "MEMBER-ID-998877";
    const a = encryptText(ring, plain, CONTEXT);
    const b = encryptText(ring, plain, CONTEXT);
    expect(a).not.toBe(b);
    for (const sealed of [a, b]) {
      expect(sealed).not.toContain(plain);
      expect(Buffer.from(sealed.slice(3), "base64url").includes(Buffer.from(plain))).toBe(false);
    }
  });

  it("does not decrypt under another context (a value moved to another row or field)", () => {
    const sealed = encryptText(ring, "1985-04-12", "insurance:INS-AB12-CD34:dateOfBirth");
    expect(() => decryptText(ring, sealed, "insurance:INS-ZZ99-ZZ99:dateOfBirth")).toThrow(FAILED);
    expect(() => decryptText(ring, sealed, "insurance:INS-AB12-CD34:memberId")).toThrow(FAILED);
  });

  it.each(["", "v1.", "v2.AAAA", "v1.not base64!", "plain text", "v1.AQ"])("rejects the malformed value %j", (sealed) => {
    expect(() => decryptText(ring, sealed, CONTEXT)).toThrow(FAILED);
  });

  it("rejects an empty context when encrypting", () => {
    expect(() => encryptText(ring, "x", "")).toThrow(TypeError);
  });
});

describe("encryptBytes / decryptBytes", () => {
  it("round-trips an empty buffer and a 2 MB buffer", () => {
    const big = randomBytes(2 * 1024 * 1024);
    for (const plain of [Buffer.alloc(0), big]) {
      const sealed = encryptBytes(ring, plain, "insurance:INS-AB12-CD34:cardFront");
      expect(decryptBytes(ring, sealed, "insurance:INS-AB12-CD34:cardFront").equals(plain)).toBe(true);
    }
  });

  it("accepts a Uint8Array view into a larger buffer", () => {
    const backing = new Uint8Array(64).fill(9);
    const plain = backing.subarray(8, 24);
    const sealed = encryptBytes(ring, plain, CONTEXT);
    const sealedView = new Uint8Array(sealed.length + 10);
    sealedView.set(sealed, 5);
    expect(decryptBytes(ring, sealedView.subarray(5, 5 + sealed.length), CONTEXT).equals(Buffer.from(plain))).toBe(true);
  });

  it("envelope: version, length-prefixed key id, 12-byte IV, 16-byte tag, ciphertext", () => {
    const plain = Buffer.from("hello");
    const sealed = encryptBytes(ring, plain, CONTEXT);
    expect(sealed[0]).toBe(1);
    expect(sealed[1]).toBe(4);
    expect(sealed.subarray(2, 6).toString("ascii")).toBe("test");
    expect(sealed.length).toBe(2 + 4 + 12 + 16 + plain.length);
  });

  it("rejects any flipped bit: version, key id, IV, tag or ciphertext", () => {
    const plain = Buffer.from("policyholder: Jane Q. Public");
    const sealed = encryptBytes(ring, plain, CONTEXT);
    for (const index of [0, 1, 2, 5, 6, 17, 18, 33, 34, -1]) {
      const error = thrown(() => decryptBytes(ring, flip(sealed, index), CONTEXT));
      expect(error.message).toBe(FAILED);
    }
  });

  it("rejects truncated data", () => {
    const sealed = encryptBytes(ring, Buffer.from("group 12345"), CONTEXT);
    for (const length of [0, 1, 2, 6, 20, 33, sealed.length - 1]) {
      expect(() => decryptBytes(ring, sealed.subarray(0, length), CONTEXT)).toThrow(FAILED);
    }
  });

  it("rejects a key id it does not have, naming neither the id nor any key", () => {
    const other = parseKeyRing(generateKeySpec("elsewhere"));
    const sealed = encryptBytes(other, Buffer.from("secret plain"), CONTEXT);
    const error = thrown(() => decryptBytes(ring, sealed, CONTEXT));
    expect(error.message).toBe(FAILED);
    expect(error.message).not.toContain("elsewhere");
  });

  it("a failure message holds no plaintext, ciphertext or key", () => {
    const spec = generateKeySpec("k1");
    const own = parseKeyRing(spec);
    const sealed = encryptText(own, "XJH-SECRET-42", CONTEXT);
    const error = thrown(() => decryptText(own, sealed, "other:context"));
    expect(error.message).toBe(FAILED);
    for (const part of ["XJH-SECRET-42", sealed.slice(3, 20), spec.split(":")[1]!.slice(0, 12), "other:context"]) {
      expect(error.message).not.toContain(part);
      expect(String(error.stack)).not.toContain(part);
    }
    expect(error.cause).toBeUndefined();
  });
});

describe("key rotation", () => {
  const oldSpec = generateKeySpec("k2024");
  const newSpec = generateKeySpec("k2025");
  const ringA = parseKeyRing(oldSpec);
  const ringB = parseKeyRing(`${newSpec},${oldSpec}`);

  it("the first key encrypts; every key decrypts", () => {
    expect(ringB.currentId).toBe("k2025");
    expect([...ringB.keys.keys()]).toEqual(["k2025", "k2024"]);

    const sealedOld = encryptBytes(ringA, Buffer.from("before rotation"), CONTEXT);
    expect(decryptBytes(ringB, sealedOld, CONTEXT).toString()).toBe("before rotation");

    const sealedNew = encryptBytes(ringB, Buffer.from("after rotation"), CONTEXT);
    expect(sealedNew.subarray(2, 2 + sealedNew[1]!).toString("ascii")).toBe("k2025");
    expect(decryptBytes(ringB, sealedNew, CONTEXT).toString()).toBe("after rotation");
    // The old ring alone cannot read what the new key wrote.
    expect(() => decryptBytes(ringA, sealedNew, CONTEXT)).toThrow(FAILED);
  });

  it("text values written before rotation still decrypt", () => {
    const sealed = encryptText(ringA, "Jane Q. Public", "insurance:INS-AB12-CD34:policyholderName");
    expect(decryptText(ringB, sealed, "insurance:INS-AB12-CD34:policyholderName")).toBe("Jane Q. Public");
  });
});

describe("parseKeyRing", () => {
  const key = randomBytes(32);

  it("accepts standard and URL-safe base64, with or without padding, and spaces around entries", () => {
    const parsed = parseKeyRing(` a:${key.toString("base64")} , b_2-x:${key.toString("base64url")} `);
    expect(parsed.currentId).toBe("a");
    expect(parsed.keys.get("a")!.equals(key)).toBe(true);
    expect(parsed.keys.get("b_2-x")!.equals(key)).toBe(true);
  });

  it("parses what generateKeySpec makes, with a dated default id", () => {
    const spec = generateKeySpec();
    expect(spec).toMatch(/^k\d{8}:[A-Za-z0-9+/]{43}=$/);
    expect(parseKeyRing(spec).keys.get(spec.split(":")[0]!)!.length).toBe(32);
    expect(() => generateKeySpec("bad id")).toThrow();
  });

  // A secret that is recognisable if it leaks into a message.
  const secret = Buffer.from("SUPERSECRETKEYMATERIAL0123456789").toString("base64"); // 32 bytes
  const short = Buffer.from("SUPERSECRETSHORT").toString("base64");
  const cases: [string, string, RegExp][] = [
    ["empty", "", /is empty/],
    ["whitespace", "   ", /is empty/],
    ["an empty entry", `a:${secret},`, /entry 2 is empty/],
    ["a whitespace-only entry", `a:${secret}, ,b:${secret}`, /entry 2 is empty/],
    ["no colon", secret, /entry 1 has no ":"/],
    ["an empty id", `:${secret}`, /key id/],
    ["a bad id", `bad.id:${secret}`, /key id/],
    ["a too long id", `${"x".repeat(33)}:${secret}`, /key id/],
    ["a repeated id", `a:${secret},a:${secret}`, /entry 2 repeats a key id/],
    ["a key that is not base64", `a:${secret.slice(0, 20)}!!${secret.slice(22)}`, /not base64/],
    ["a short key", `a:${short}`, /exactly 32 bytes/],
    ["a long key", `a:${secret}${secret}`, /exactly 32 bytes|not base64/],
    ["an empty key", "a:", /not base64/],
  ];

  it.each(cases)("rejects %s with a ConfigError that does not echo the value", (_label, spec, rule) => {
    const error = thrown(() => parseKeyRing(spec, "MY_KEYS"));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^MY_KEYS: /);
    expect(error.message).toMatch(rule);
    for (const part of [secret, secret.slice(0, 8), short.slice(0, 8), "SUPERSECRET", "bad.id"]) {
      expect(error.message).not.toContain(part);
    }
  });

  it("names ENCRYPTION_KEYS by default", () => {
    expect(thrown(() => parseKeyRing("nope")).message).toMatch(/^ENCRYPTION_KEYS: /);
  });
});

describe("keyRing", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "clinic-keys-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeDevFile = (content: string) => {
    mkdirSync(path.join(dir, ".data"));
    writeFileSync(path.join(dir, ".data/encryption-keys"), content);
  };

  it("uses ENCRYPTION_KEYS when it is set, in any environment", () => {
    const spec = generateKeySpec("prod1");
    for (const NODE_ENV of ["production", "development"] as const) {
      const parsed: KeyRing = keyRing({ env: { NODE_ENV, ENCRYPTION_KEYS: spec }, cwd: dir });
      expect(parsed.currentId).toBe("prod1");
    }
  });

  it("reports a malformed ENCRYPTION_KEYS as a ConfigError naming the variable", () => {
    const error = thrown(() => keyRing({ env: { NODE_ENV: "production", ENCRYPTION_KEYS: "k1:c2hvcnQ=" }, cwd: dir }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^ENCRYPTION_KEYS: /);
    expect(error.message).not.toContain("c2hvcnQ");
  });

  it("outside production, falls back to the development key file", () => {
    writeDevFile(`${generateKeySpec("dev20250101")}\n`);
    expect(keyRing({ env: { NODE_ENV: "development", ENCRYPTION_KEYS: undefined }, cwd: dir }).currentId).toBe("dev20250101");
  });

  it("in production, ignores the development key file and asks for ENCRYPTION_KEYS", () => {
    writeDevFile(generateKeySpec("dev20250101"));
    const error = thrown(() => keyRing({ env: { NODE_ENV: "production", ENCRYPTION_KEYS: undefined }, cwd: dir }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/ENCRYPTION_KEYS is required in production/);
    expect(error.message).toMatch(/README/);
  });

  it("in development without the file, says to run npm run setup", () => {
    const error = thrown(() => keyRing({ env: { NODE_ENV: "development", ENCRYPTION_KEYS: undefined }, cwd: dir }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/npm run setup/);
  });

  it("reports a malformed development key file by its name, without its content", () => {
    writeDevFile("dev:SUPERSECRET");
    const error = thrown(() => keyRing({ env: { NODE_ENV: "test", ENCRYPTION_KEYS: undefined }, cwd: dir }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(".data/encryption-keys");
    expect(error.message).not.toContain("SUPERSECRET");
  });
});
