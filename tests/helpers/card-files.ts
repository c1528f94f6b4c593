/**
 * Small, real insurance-card files built in code (no binary files in git), for the jest
 * integration tests and the Playwright tests alike: plain node only, nothing server-only.
 *
 * - PNG: a genuine 2×2 RGB image (IHDR, zlib-deflated IDAT, IEND, each with its CRC-32).
 * - JPEG: a genuine 2×2 baseline JPEG (libjpeg output), starting FFD8FF and ending FFD9.
 * - PDF: one empty page, with a correct cross-reference table and %%EOF.
 * - HEIC: only the header a real HEIC file starts with (an ftyp box, brand "heic", mif1).
 */
import { crc32, deflateSync } from "node:zlib";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** A decodable PNG, `width`×`height` 8-bit RGB pixels of one colour. */
export function makePng(width = 2, height = 2, rgb: [number, number, number] = [214, 92, 46]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]); // filter type 0 (None)
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([PNG_SIGNATURE, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(pixels)), pngChunk("IEND", Buffer.alloc(0))]);
}

export const PNG: Buffer = makePng();

/** A 2×2 baseline (not progressive) JPEG, 4:2:0, one blue colour; 270 bytes, as libjpeg wrote it. */
export const JPEG: Buffer = Buffer.from(
  [
    "/9j/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsN",
    "FBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAA",
    "AAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABwj/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCaAUqFH//Z",
  ].join(""),
  "base64",
);

/** A minimal valid PDF: one blank US-letter page; the xref offsets are computed, not guessed. */
function makePdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export const PDF: Buffer = makePdf();

/** The start of a HEIC photo as iPhones write it: an ftyp box, major brand "heic", compatible mif1 and heic. */
function makeHeicHeader(): Buffer {
  const brands = ["mif1", "heic"];
  const box = Buffer.alloc(16 + 4 * brands.length);
  box.writeUInt32BE(box.length, 0);
  box.write("ftyp", 4, "ascii");
  box.write("heic", 8, "ascii"); // major brand
  box.writeUInt32BE(0, 12); // minor version
  brands.forEach((brand, i) => box.write(brand, 16 + 4 * i, "ascii"));
  // A real file continues with a meta box; an empty one keeps the header well-formed.
  const meta = Buffer.alloc(12);
  meta.writeUInt32BE(12, 0);
  meta.write("meta", 4, "ascii");
  return Buffer.concat([box, meta]);
}

export const HEIC: Buffer = makeHeicHeader();

/** `bytes` followed by zero bytes up to `size` bytes in all: same magic bytes, any size. */
export function paddedTo(bytes: Buffer, size: number): Buffer {
  if (size < bytes.length) throw new Error(`paddedTo: ${size} is less than the ${bytes.length} bytes given`);
  return Buffer.concat([bytes, Buffer.alloc(size - bytes.length)]);
}

/** A `File` (as a browser would post it) holding `bytes`; `type` is what the browser claims. */
export function asFile(bytes: Uint8Array, name: string, type = ""): File {
  return new File([new Uint8Array(bytes)], name, { type });
}
