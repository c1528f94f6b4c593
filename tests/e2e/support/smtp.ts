/**
 * The jest tests' SMTP server (tests/helpers/smtp.ts), run by the Playwright global setup:
 * it accepts whatever the app's nodemailer sends and writes each message to `<dir>/<n>.eml`,
 * with its envelope beside it in `<n>.json`. Files appear atomically (write, then rename).
 */
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpServer } from "@/tests/helpers/smtp";

export interface MailCatcher {
  port: number;
  close(): Promise<void>;
}

function writeAtomically(file: string, data: string) {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

export async function startMailCatcher(dir: string): Promise<MailCatcher> {
  let count = 0;
  const server = await startSmtpServer({
    onMessage({ from, to, raw }) {
      count += 1;
      const base = path.join(dir, `${String(count).padStart(4, "0")}-${Date.now()}`);
      writeAtomically(`${base}.json`, JSON.stringify({ from: from || null, to }));
      writeAtomically(`${base}.eml`, raw);
    },
  });
  return { port: server.port, close: server.stop };
}
