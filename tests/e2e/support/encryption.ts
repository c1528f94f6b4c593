/**
 * Decrypts what the app under test stored, with the key the global setup gave it
 * (E2E_ENCRYPTION_KEYS). lib/security/encryption.server.ts cannot be imported here: it is
 * `server-only`. This is only its decryption half, for the v1 envelope described there:
 *
 *   0x01 | n | key id (n bytes) | IV (12) | GCM tag (16) | ciphertext
 *
 * with the header (version, n, id) followed by the UTF-8 context as additional data.
 * Text values are "v1." + base64url of that envelope.
 */
import { createDecipheriv } from "node:crypto";
import { requireEnv } from "./env";

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keys(): Map<string, Buffer> {
  return new Map(
    requireEnv("E2E_ENCRYPTION_KEYS")
      .split(",")
      .map((entry) => {
        const colon = entry.indexOf(":");
        return [entry.slice(0, colon).trim(), Buffer.from(entry.slice(colon + 1).trim(), "base64")] as const;
      }),
  );
}

/** The plaintext bytes; throws when the envelope is malformed or does not authenticate under `context`. */
export function decryptBytes(sealed: Uint8Array, context: string): Buffer {
  const data = Buffer.from(sealed);
  if (data.length < 2 || data[0] !== 1) throw new Error("not a v1 envelope");
  const headLength = 2 + data[1]!;
  const keyId = data.toString("ascii", 2, headLength);
  const key = keys().get(keyId);
  if (!key) throw new Error(`no key "${keyId}" in E2E_ENCRYPTION_KEYS`);
  const iv = data.subarray(headLength, headLength + IV_BYTES);
  const tag = data.subarray(headLength + IV_BYTES, headLength + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.concat([data.subarray(0, headLength), Buffer.from(context, "utf8")]));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data.subarray(headLength + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

export function decryptText(sealed: string, context: string): string {
  if (!sealed.startsWith("v1.")) throw new Error("not a v1 text value");
  return decryptBytes(Buffer.from(sealed.slice(3), "base64url"), context).toString("utf8");
}

/** The bytes an envelope adds to the plaintext: header, IV and tag. */
export function envelopeOverhead(sealed: Uint8Array): number {
  return 2 + sealed[1]! + IV_BYTES + TAG_BYTES;
}

/** Mirrors encryptionContext() in lib/submissions/insurance.server.ts (server-only, so not importable). */
export const insuranceContext = (reference: string, rank: string, what: string) => `insurance:${reference}:${rank}:${what}`;
