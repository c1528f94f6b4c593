import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "@/lib/config-error";
import { env, type Env } from "@/lib/env.server";

/**
 * Field encryption: AES-256-GCM with node's crypto and a ring of named keys.
 * See docs/decisions/0006-field-encryption.md.
 *
 * Envelope (binary), version 1:
 *
 *   [0]          version, 0x01
 *   [1]          n = length of the key id (1–32)
 *   [2 .. 2+n)   key id, ASCII
 *   next 12      IV, random per call
 *   next 16      GCM tag
 *   rest         ciphertext (same length as the plaintext)
 *
 * The additional authenticated data is the header (version, length, id) followed by the
 * UTF-8 `context`, so a value copied to another row or field, or relabelled with another
 * key id, does not decrypt.
 */

export type KeyRing = { readonly currentId: string; readonly keys: ReadonlyMap<string, Buffer> };

const VERSION = 1;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** Standard or URL-safe alphabet, optional padding. Buffer.from(…, "base64") accepts both. */
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const TEXT_PREFIX = "v1.";
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The only message decryption failures carry: no key material, plaintext or ciphertext. */
const DECRYPT_FAILED = "Encrypted value could not be decrypted";

/** Where `npm run setup` writes the development key (relative to the project root). */
const DEV_KEY_FILE = ".data/encryption-keys";

/**
 * Parses "id:base64key[,id:base64key...]". The first entry encrypts; all decrypt.
 * Messages name `variable` and the rule broken, never any part of the value.
 */
export function parseKeyRing(spec: string, variable = "ENCRYPTION_KEYS"): KeyRing {
  function fail(rule: string): never {
    throw new ConfigError(`${variable}: ${rule}. Expected "id:base64key[,id:base64key...]"; see README.md, "Configuration".`);
  }
  if (typeof spec !== "string" || spec.trim() === "") fail("is empty");
  const keys = new Map<string, Buffer>();
  let currentId: string | undefined;
  spec.split(",").forEach((raw, index) => {
    const position = `entry ${index + 1}`;
    const entry = raw.trim();
    if (entry === "") fail(`${position} is empty`);
    const colon = entry.indexOf(":");
    if (colon < 0) fail(`${position} has no ":" between key id and key`);
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id)) fail(`${position} has a key id that is not 1-32 characters of A-Z, a-z, 0-9, _ and -`);
    if (keys.has(id)) fail(`${position} repeats a key id used by an earlier entry`);
    if (!BASE64.test(encoded)) fail(`${position} has a key that is not base64`);
    const key = Buffer.from(encoded, "base64");
    if (key.length !== KEY_BYTES) fail(`${position} has a key that is not exactly ${KEY_BYTES} bytes after base64 decoding`);
    keys.set(id, key);
    currentId ??= id;
  });
  return Object.freeze({ currentId: currentId!, keys });
}

export type KeyRingSource = {
  /** Defaults to the parsed process environment, env(). */
  env?: Pick<Env, "NODE_ENV" | "ENCRYPTION_KEYS">;
  /** Directory the development key file is looked up in; defaults to process.cwd(). */
  cwd?: string;
};

let cachedRing: KeyRing | undefined;

/**
 * The app's key ring, parsed once: ENCRYPTION_KEYS when set; otherwise, outside production,
 * the development key file `.data/encryption-keys` written by `npm run setup`.
 * With `source` (tests), reads from it instead and does not cache.
 */
export function keyRing(source?: KeyRingSource): KeyRing {
  if (source) return loadKeyRing(source.env ?? env(), source.cwd ?? process.cwd());
  cachedRing ??= loadKeyRing(env(), process.cwd());
  return cachedRing;
}

function loadKeyRing(vars: Pick<Env, "NODE_ENV" | "ENCRYPTION_KEYS">, cwd: string): KeyRing {
  if (vars.ENCRYPTION_KEYS) return parseKeyRing(vars.ENCRYPTION_KEYS, "ENCRYPTION_KEYS");
  if (vars.NODE_ENV === "production") {
    throw new ConfigError(
      'ENCRYPTION_KEYS is required in production (create a key with "npm run key:generate" and keep a copy apart from the database backups); see README.md, "Configuration".',
    );
  }
  const file = path.join(cwd, DEV_KEY_FILE);
  if (!existsSync(file)) {
    throw new ConfigError(
      `ENCRYPTION_KEYS is not set and there is no development key file ${DEV_KEY_FILE}: run "npm run setup" to create one (or set ENCRYPTION_KEYS).`,
    );
  }
  return parseKeyRing(readFileSync(file, "utf8").trim(), `${DEV_KEY_FILE} (development key file)`);
}

/** "id:base64" for a new random 32-byte key; id defaults to "k" + YYYYMMDD (UTC) of today. */
export function generateKeySpec(id = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`): string {
  if (!KEY_ID.test(id)) throw new Error("Key id must be 1-32 characters of A-Z, a-z, 0-9, _ and -");
  return `${id}:${randomBytes(KEY_BYTES).toString("base64")}`;
}

function header(id: string): Buffer {
  const idBytes = Buffer.from(id, "ascii");
  return Buffer.concat([Buffer.from([VERSION, idBytes.length]), idBytes]);
}

function checkContext(context: string) {
  // A programming error, not a decryption failure: every value must be bound to where it lives.
  if (typeof context !== "string" || context === "") throw new TypeError("Encryption context must be a non-empty string");
}

export function encryptBytes(ring: KeyRing, plain: Uint8Array, context: string): Buffer {
  checkContext(context);
  const key = ring.keys.get(ring.currentId);
  if (!key) throw new Error("The key ring has no key for its current key id");
  const head = header(ring.currentId);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.concat([head, Buffer.from(context, "utf8")]));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([head, iv, cipher.getAuthTag(), body]);
}

export function decryptBytes(ring: KeyRing, sealed: Uint8Array, context: string): Buffer {
  checkContext(context);
  const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (data.length < 2 || data[0] !== VERSION) throw new Error(DECRYPT_FAILED);
  const idLength = data[1]!;
  const headLength = 2 + idLength;
  if (idLength < 1 || idLength > 32 || data.length < headLength + IV_BYTES + TAG_BYTES) throw new Error(DECRYPT_FAILED);
  const key = ring.keys.get(data.toString("ascii", 2, headLength));
  if (!key) throw new Error(DECRYPT_FAILED);
  const iv = data.subarray(headLength, headLength + IV_BYTES);
  const tag = data.subarray(headLength + IV_BYTES, headLength + IV_BYTES + TAG_BYTES);
  const body = data.subarray(headLength + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.concat([data.subarray(0, headLength), Buffer.from(context, "utf8")]));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new Error(DECRYPT_FAILED);
  }
}

/** Encrypts UTF-8 text to "v1." + base64url of the binary envelope. */
export function encryptText(ring: KeyRing, plain: string, context: string): string {
  return TEXT_PREFIX + encryptBytes(ring, Buffer.from(plain, "utf8"), context).toString("base64url");
}

export function decryptText(ring: KeyRing, sealed: string, context: string): string {
  checkContext(context);
  if (typeof sealed !== "string" || !sealed.startsWith(TEXT_PREFIX)) throw new Error(DECRYPT_FAILED);
  const encoded = sealed.slice(TEXT_PREFIX.length);
  if (!BASE64URL.test(encoded)) throw new Error(DECRYPT_FAILED);
  return decryptBytes(ring, Buffer.from(encoded, "base64url"), context).toString("utf8");
}
