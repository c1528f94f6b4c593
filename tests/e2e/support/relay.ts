/**
 * One mailbox behind several SMTP listeners, one per app instance, so a test knows which
 * instance sent what. `hold(listener)` makes that listener keep each message it receives
 * unanswered (the sender waits for the reply) until `release()`: an instance can then be
 * stopped or killed in the middle of a send. A held message counts as delivered only if its
 * sender is still connected when it is released, as with a real relay, which answers the
 * DATA command only once it has taken the message.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Delivery = { listener: string; messageId: string; to: string[] };

export type Relay = {
  url(listener: string): string;
  /** Every message accepted, in order. */
  delivered: Delivery[];
  hold(listener: string): void;
  /** Resolves with the Message-ID of the first message a held listener is keeping. */
  heldMessage(listener: string, timeoutMs: number): Promise<string>;
  /** Resolves once every sender of a message the listener holds has hung up (the relay saw its connection close). */
  sendersGone(listener: string, timeoutMs: number): Promise<void>;
  release(): void;
  close(): Promise<void>;
};

type Held = { messageId: string; gone: () => boolean; accept: () => void };

export async function startRelay(listeners: string[]): Promise<Relay> {
  const delivered: Delivery[] = [];
  const holding = new Set<string>();
  const held = new Map<string, Held[]>(listeners.map((name) => [name, []]));
  const servers = new Map<string, { server: SMTPServer; port: number }>();

  for (const name of listeners) {
    const closed = new Set<string>();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 100,
      onClose(session) {
        closed.add(session.id);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? "";
          const gone = () => closed.has(session.id);
          const accept = () => {
            if (gone()) return; // the sender is gone: it never got our reply
            delivered.push({ listener: name, messageId, to: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          };
          if (holding.has(name)) held.get(name)!.push({ messageId, gone, accept });
          else accept();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    servers.set(name, { server, port: (server.server.address() as AddressInfo).port });
  }

  return {
    url: (listener) => `smtp://127.0.0.1:${servers.get(listener)!.port}`,
    delivered,
    hold: (listener) => void holding.add(listener),
    async heldMessage(listener, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const first = held.get(listener)![0];
        if (first) return first.messageId;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no message reached the held listener ${listener} within ${timeoutMs} ms`);
    },
    async sendersGone(listener, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!held.get(listener)!.every((message) => message.gone())) {
        if (Date.now() > deadline) throw new Error(`a sender to ${listener} is still connected after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    release() {
      holding.clear();
      for (const list of held.values()) for (const message of list.splice(0)) message.accept();
    },
    close: () => Promise.all([...servers.values()].map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve())))).then(() => undefined),
  };
}
