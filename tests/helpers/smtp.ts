/**
 * A real SMTP server inside the test process (no auth, no STARTTLS, 127.0.0.1 only), to
 * capture what nodemailer sends and to fail on demand: `setMode("reject" | "tempfail")`
 * refuses messages, `setMode("reject-recipients" | "tempfail-recipients")` refuses every
 * recipient, `stop()` takes it down entirely and `start()` brings it back on the same port
 * (network faults: tests/helpers/smtp-faults.ts). Jest tests read `messages`; the Playwright
 * catcher (tests/e2e/support/smtp.ts) also saves each message through `onMessage`.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { parseMessage, type ParsedMessage } from "./mime";

export type CapturedMessage = ParsedMessage & {
  /** The envelope sender ("" if there is none). */
  from: string;
  to: string[];
  /** The message as received, headers and encoded body. */
  raw: string;
};

export type SmtpServerOptions = {
  /** Called with each accepted message before it is added to `messages`; if it throws, the message is refused. */
  onMessage?: (message: CapturedMessage) => void;
};

/**
 * accept: 250; reject: 550 (permanent) and tempfail: 451 (try again later) after the message;
 * reject-recipients: 550 and tempfail-recipients: 451 to every RCPT TO, before any message.
 */
export type SmtpMode = "accept" | "reject" | "tempfail" | "reject-recipients" | "tempfail-recipients";

export type TestSmtpServer = {
  url: string;
  port: number;
  messages: CapturedMessage[];
  setMode(mode: SmtpMode): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMessage[]>;
};

export async function startSmtpServer({ onMessage }: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: CapturedMessage[] = [];
  let mode: SmtpMode = "accept";
  let server: SMTPServer | undefined;
  let port = 0;

  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100, // stop() cuts open (pooled) connections quickly
    size: 10 * 1024 * 1024,
    onRcptTo(_address, _session, callback) {
      if (mode === "reject-recipients") return callback(Object.assign(new Error("5.7.1 Relaying denied"), { responseCode: 550 }));
      if (mode === "tempfail-recipients") return callback(Object.assign(new Error("4.3.0 Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (err: Error) => callback(err));
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        if (mode === "reject" || mode === "tempfail") {
          const code = mode === "reject" ? 550 : 451;
          return callback(Object.assign(new Error(`Test server: message ${mode}ed`), { responseCode: code }));
        }
        try {
          const raw = Buffer.concat(chunks).toString("utf8");
          const { envelope } = session;
          const message: CapturedMessage = {
            from: envelope.mailFrom ? envelope.mailFrom.address : "",
            to: envelope.rcptTo.map((r) => r.address),
            raw,
            ...parseMessage(raw),
          };
          onMessage?.(message);
          messages.push(message);
          callback();
        } catch (err) {
          callback(err as Error);
        }
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
