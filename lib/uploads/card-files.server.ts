import "server-only";
import { fileTypeFromBuffer } from "file-type/core";
import { CARD_FORMATS, CARD_KINDS, kindOfName, type CardFile, type CardKind } from "@/lib/validation/card-file";

/** Media types we accept, as file-type reports them from the bytes. */
const DETECTED: Record<string, CardKind> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/heic": "heif",
  "image/heif": "heif",
  "application/pdf": "pdf",
};

const article = (label: string) => (/^[AEFHILMNORSX]/.test(label) ? "an" : "a");

export type CardContent = { mediaType: string; bytes: Buffer };

/**
 * Reads an uploaded card image and decides what it is from its bytes. A file whose bytes are
 * not an accepted kind (damaged, or another format), or whose name claims a different kind
 * than its bytes (a PDF renamed .jpg), gets a message the person can act on.
 */
export async function readCardFile(file: CardFile): Promise<{ ok: true; content: CardContent } | { ok: false; message: string }> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? DETECTED[detected.mime] : undefined;
  if (!detected || !kind) {
    return {
      ok: false,
      message: `We could not read this file as ${CARD_FORMATS}. It may be damaged or in another format: please take the photo again or choose another file.`,
    };
  }
  const named = kindOfName(file.name);
  if (named && named !== kind) {
    const claimed = CARD_KINDS[named].label;
    const actual = `${CARD_KINDS[kind].label} ${kind === "pdf" ? "document" : "image"}`;
    return {
      ok: false,
      message: `This file is named as ${article(claimed)} ${claimed} file but contains ${article(actual)} ${actual}. Please choose the original file.`,
    };
  }
  return { ok: true, content: { mediaType: detected.mime, bytes } };
}
