/**
 * A real SMTP server inside the test run: it accepts whatever the app's nodemailer sends
 * (no auth, no STARTTLS, 127.0.0.1 only) and writes each message to `<dir>/<n>.eml`, with
 * its envelope beside it in `<n>.json`. Files appear atomically (write, then rename).
 */
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

export async function startMailCatcher(dir: string): Promise<MailCatcher> {
  let count = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "clinic e2e mail catcher",
    size: 10 * 1024 * 1024,
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (err: Error) => callback(err));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
          return;
        }
        try {
          count += 1;
          const base = path.join(dir, `${String(count).padStart(4, "0")}-${Date.now()}`);
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          writeFileSync(`${base}.json.tmp`, JSON.stringify(envelope));
          renameSync(`${base}.json.tmp`, `${base}.json`);
          writeFileSync(`${base}.eml.tmp`, Buffer.concat(chunks));
          renameSync(`${base}.eml.tmp`, `${base}.eml`);
          callback(null);
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  server.on("error", (err) => console.error("[e2e smtp] server error:", err));

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("smtp-server did not report a TCP port");

  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
