/**
 * A real SMTP server inside the test process, to capture what nodemailer sends and to fail on
 * demand: `setMode("reject" | "tempfail")` refuses messages, `stop()` takes it down entirely
 * and `start()` brings it back on the same port.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type CapturedMessage = {
  from: string;
  to: string[];
  /** The message as received, headers and encoded body. */
  raw: string;
  /** Decoded (RFC 2047) Subject header. */
  subject: string;
  /** Decoded text/plain body with \n line breaks ("" if there is none). */
  text: string;
  /** Decoded text/html body ("" if there is none). */
  html: string;
  headers: Record<string, string>;
};

/** accept: 250; reject: 550 (permanent); tempfail: 451 (try again later). */
export type SmtpMode = "accept" | "reject" | "tempfail";

export type TestSmtpServer = {
  url: string;
  port: number;
  messages: CapturedMessage[];
  setMode(mode: SmtpMode): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMessage[]>;
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: CapturedMessage[] = [];
  let mode: SmtpMode = "accept";
  let server: SMTPServer | undefined;
  let port = 0;

  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100, // stop() cuts open (pooled) connections quickly
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (mode !== "accept") {
          const code = mode === "reject" ? 550 : 451;
          return callback(Object.assign(new Error(`Test server: message ${mode}ed`), { responseCode: code }));
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const { envelope } = session;
        messages.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMessage(raw),
        });
        callback();
      });
    },
  };

  async function start(): Promise<void> {
    if (server) return;
    const next = new SMTPServer(options);
    next.on("error", () => {}); // client disconnects mid-session are expected in fault tests
    await new Promise<void>((resolve, reject) => {
      next.server.once("error", reject);
      next.listen(port, "127.0.0.1", () => resolve());
    });
    port = (next.server.address() as AddressInfo).port;
    server = next;
  }

  async function stop(): Promise<void> {
    const current = server;
    server = undefined;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  async function waitFor(count: number, timeoutMs = 5000): Promise<CapturedMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (messages.length < count) {
      if (Date.now() > deadline) throw new Error(`Expected ${count} message(s) within ${timeoutMs} ms, got ${messages.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return messages;
  }

  await start();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    setMode: (m) => void (mode = m),
    stop,
    start,
    waitFor,
  };
}

type Part = { headers: Record<string, string>; body: string };

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The leaf parts of a (possibly nested) multipart message, bodies decoded. */
function leaves(part: Part): Part[] {
  const type = part.headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    // The line break before each delimiter belongs to the delimiter (RFC 2046).
    const delimiter = new RegExp(`\\r?\\n--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    const sections = `\r\n${part.body}`.split(delimiter).slice(1, -1);
    return sections.flatMap((s) => leaves(splitPart(s.replace(/^[^\n]*\n/, ""))));
  }
  return [{ headers: part.headers, body: decodeBody(part.body, part.headers["content-transfer-encoding"]) }];
}

function decodeBody(body: string, encoding = "7bit"): string {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return decodeQuotedPrintable(body.replace(/=\r?\n/g, ""));
    default:
      return body;
  }
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), UTF-8 only. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/gi, "$1") // whitespace between encoded words is not text
    .replace(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function parseMessage(raw: string): Pick<CapturedMessage, "subject" | "text" | "html" | "headers"> {
  const message = splitPart(raw.replace(/\r?\n$/, "")); // the last line break ends the SMTP data, not the body
  const parts = leaves(message);
  const bodyOf = (type: string) =>
    (parts.find((p) => (p.headers["content-type"] ?? "text/plain").toLowerCase().startsWith(type))?.body ?? "").replace(
      /\r\n/g,
      "\n",
    );
  return {
    headers: message.headers,
    subject: decodeHeader(message.headers.subject ?? ""),
    text: bodyOf("text/plain"),
    html: bodyOf("text/html"),
  };
}
