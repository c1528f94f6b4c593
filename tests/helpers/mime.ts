/**
 * Decodes a raw email (as an SMTP server receives it) enough to check what a reader sees:
 * headers with RFC 2047 words decoded, and the text of every text/* part with
 * quoted-printable or base64 undone. Shared by the jest SMTP server (tests/helpers/smtp.ts)
 * and the Playwright mail reader (tests/e2e/support/mail.ts).
 */

export type ParsedMessage = {
  /** Lower-case header names; RFC 2047 words decoded; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  /** The decoded Subject header ("" if there is none). */
  subject: string;
  /** The decoded text of every text/* part but HTML, joined with \n; \n line breaks ("" if there is none). */
  text: string;
  /** The decoded text of every text/html part, joined with \n; \n line breaks ("" if there is none). */
  html: string;
};

type Entity = { headers: Record<string, string>; body: string };

function splitEntity(source: string): Entity {
  const match = /^\r?\n|\r?\n\r?\n/.exec(source); // a blank line ends the headers, even a first one
  const head = match ? source.slice(0, match.index) : source;
  const body = match ? source.slice(match.index + match[0].length) : "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, body };
}

/** A parameter of a structured header, e.g. the boundary of a Content-Type. */
function param(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header ?? "");
  return match ? (match[1] ?? match[2]) : undefined;
}

function bytesToText(bytes: Buffer, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

function decodeQuotedPrintable(input: string): Buffer {
  const soft = input.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words (=?utf-8?B?...?= and =?utf-8?Q?...?=) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/gi, "$1") // whitespace between encoded words is not text
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_all, charset: string, encoding: string, data: string) =>
      bytesToText(
        encoding.toUpperCase() === "B" ? Buffer.from(data, "base64") : decodeQuotedPrintable(data.replace(/_/g, " ")),
        charset.replace(/\*.*$/, ""), // RFC 2231 language suffix
      ),
    );
}

/** Adds the decoded text of each text/* leaf of a (possibly nested) multipart entity to `out`. */
function collectText(entity: Entity, out: { text: string[]; html: string[] }): void {
  const contentType = entity.headers["content-type"];
  const type = (contentType ?? "text/plain").split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = param(contentType, "boundary");
    if (!boundary) return;
    // The line break before each delimiter belongs to the delimiter (RFC 2046).
    const delimiter = new RegExp(`\\r?\\n--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    for (const section of `\r\n${entity.body}`.split(delimiter).slice(1)) {
      if (section.startsWith("--")) break; // the close delimiter; what follows is the epilogue
      collectText(splitEntity(section.replace(/^[^\n]*\n/, "")), out); // past the rest of the delimiter line
    }
    return;
  }
  if (!type.startsWith("text/")) return;
  const encoding = (entity.headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(entity.body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(entity.body)
        : Buffer.from(entity.body, "utf8");
  const decoded = bytesToText(bytes, param(contentType, "charset")).replace(/\r\n/g, "\n");
  (type === "text/html" ? out.html : out.text).push(decoded);
}

/** Parses a raw message: its headers, decoded subject and the decoded text of its text parts. */
export function parseMessage(raw: string): ParsedMessage {
  const entity = splitEntity(raw.replace(/\r?\n$/, "")); // the last line break ends the SMTP data, not the body
  const headers = Object.fromEntries(Object.entries(entity.headers).map(([name, value]) => [name, decodeHeader(value)]));
  const out = { text: [] as string[], html: [] as string[] };
  collectText(entity, out);
  return { headers, subject: headers.subject ?? "", text: out.text.join("\n"), html: out.html.join("\n") };
}
