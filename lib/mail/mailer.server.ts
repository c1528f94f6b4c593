import "server-only";
import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { clinicPrivate } from "@/lib/clinic.server";
import { env } from "@/lib/env.server";

export type MailMessage = { to: string; subject: string; text: string; messageId: string };

/** Sending never throws: the outbox decides what a failure means. */
export type SendResult = { ok: true } | { ok: false; error: unknown };

export interface Mailer {
  send(message: MailMessage): Promise<SendResult>;
  /** Resolves when mail can go out now (the readiness check), rejects when it cannot; sends nothing. */
  verify(): Promise<void>;
  /** Closes pooled connections (scripts that end; the app's mailer lives as long as the process). */
  close(): void;
}

async function sendWith(transport: Transporter, message: MailMessage, after?: (raw: Buffer) => Promise<void>): Promise<SendResult> {
  try {
    const info = await transport.sendMail({ from: clinicPrivate.mailFrom, ...message });
    if (after) await after(info.message as Buffer);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * SMTP with short timeouts, so a hung server fails a send in seconds rather than minutes.
 * `pool` keeps up to two connections open between messages: a burst of emails then costs no
 * TCP and TLS handshake, greeting and login per message.
 */
export function createSmtpMailer(url: string, timeoutMs: number, { pool = false } = {}): Mailer {
  const transport = nodemailer.createTransport({
    url,
    ...(pool ? { pool: true, maxConnections: 2, maxMessages: 500 } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  return {
    send: (message) => sendWith(transport, message),
    // Connects, greets and logs in on a connection of its own, then says QUIT.
    verify: async () => {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}

/** Development without SMTP: each message becomes an .eml file a person can open. */
export function createFileMailer(dir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: (message) =>
      sendWith(transport, message, async (raw) => {
        await mkdir(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, "-");
        const id = message.messageId.replace(/^<|@.*$/g, "");
        await writeFile(path.join(dir, `${stamp}-${id}.eml`), raw);
      }),
    verify: async () => {
      await mkdir(dir, { recursive: true });
      await access(dir, constants.W_OK);
    },
    close: () => transport.close(),
  };
}

const globalForMailer = globalThis as unknown as { mailer?: Mailer };

/** The process-wide mailer: one transport, configured from the environment. */
export function mailer(): Mailer {
  const { SMTP_URL, SMTP_TIMEOUT_MS, MAIL_DIR } = env();
  globalForMailer.mailer ??= SMTP_URL ? createSmtpMailer(SMTP_URL, SMTP_TIMEOUT_MS, { pool: true }) : createFileMailer(path.resolve(MAIL_DIR));
  return globalForMailer.mailer;
}
