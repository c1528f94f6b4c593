/**
 * Insurance card images as a form field. These checks run in the browser and on the server
 * (size, name); what the bytes really are is decided on the server from their magic bytes
 * (lib/uploads/card-files.server.ts), never from the name or the browser's MIME type.
 */
import "./zod-config";
import { z } from "zod";
import { CARD_FILE_MAX_BYTES, megabytes } from "@/lib/uploads/limits";

export { CARD_FILE_MAX_BYTES, CARD_FILES_TOTAL_MAX_BYTES, MB, megabytes } from "@/lib/uploads/limits";

/** The accepted kinds, by the extensions a file of that kind may carry. */
export const CARD_KINDS = {
  jpeg: { label: "JPEG", extensions: ["jpg", "jpeg", "jpe", "jfif"] },
  png: { label: "PNG", extensions: ["png"] },
  heif: { label: "HEIC", extensions: ["heic", "heif"] },
  pdf: { label: "PDF", extensions: ["pdf"] },
} as const;
export type CardKind = keyof typeof CARD_KINDS;

export const CARD_ACCEPT = ["image/jpeg", "image/png", "image/heic", "image/heif", "application/pdf", ...Object.values(CARD_KINDS).flatMap((k) => k.extensions.map((e) => `.${e}`))].join(",");
export const CARD_FORMATS = "JPEG, PNG, HEIC or PDF";

/** What a file-like value looks like in both places: a browser File or Node's File from FormData. */
export type CardFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

const isFile = (v: unknown): v is CardFile =>
  typeof v === "object" && v !== null && typeof (v as CardFile).size === "number" && typeof (v as CardFile).name === "string" && typeof (v as CardFile).arrayBuffer === "function";

/** The kind a file name claims, "" when it has no extension, undefined for any other extension. */
export function kindOfName(name: string): CardKind | "" | undefined {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "";
  const extension = name.slice(dot + 1).toLowerCase();
  return (Object.keys(CARD_KINDS) as CardKind[]).find((kind) => (CARD_KINDS[kind].extensions as readonly string[]).includes(extension));
}

/**
 * No file chosen arrives as nothing (react-hook-form: an empty FileList; a no-JavaScript post:
 * an empty, unnamed file). A chosen file arrives as a File, or a FileList in the browser.
 */
function toFile(v: unknown): unknown {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "object" && v !== null && "item" in v && typeof (v as FileList).item === "function") {
    return (v as FileList).item(0) ?? undefined;
  }
  if (isFile(v) && v.size === 0 && v.name === "") return undefined;
  return v;
}

/** An optional card image: one file of an accepted kind, not empty, not larger than the limit. */
export const cardFile = z.preprocess(
  toFile,
  z
    .custom<CardFile | undefined>((v) => v === undefined || isFile(v), "Choose a photo or scan of your card.")
    .superRefine((file, ctx) => {
      if (!file) return;
      if (file.size === 0) ctx.addIssue({ code: "custom", message: "This file is empty. Please take the photo again or choose another file." });
      else if (file.size > CARD_FILE_MAX_BYTES)
        ctx.addIssue({
          code: "custom",
          message: `This file is ${megabytes(file.size)}; each file can be up to ${megabytes(CARD_FILE_MAX_BYTES)}. Take the photo at a lower resolution or choose a smaller file.`,
        });
      else if (kindOfName(file.name) === undefined)
        ctx.addIssue({ code: "custom", message: `Choose a photo or scan in ${CARD_FORMATS} format.` });
    }),
);
