/**
 * Network faults of an SMTP server, for fault-injection tests: a TCP proxy in front of the
 * in-process server (tests/helpers/smtp.ts) that the mailer under test talks to. The proxy
 * can refuse connections (nothing listens), accept them and never greet (a hung server), or
 * cut them in the middle of a message, after the DATA command; otherwise it passes bytes
 * through. Refusals by the server itself are the server's modes (`setMode`).
 */
import net, { type AddressInfo, type Server, type Socket } from "node:net";

export type NetworkFault = "none" | "refuse" | "silent" | "cut-in-data";

export type SmtpFaultProxy = {
  url: string;
  port: number;
  /** Applies to connections opened from now on; "refuse" stops listening, anything else listens again. */
  setFault(fault: NetworkFault): Promise<void>;
  /** Connections cut after DATA so far. */
  readonly cuts: number;
  close(): Promise<void>;
};

/** The end of the DATA command; with PIPELINING it ends a batch that starts with MAIL FROM. */
const DATA_COMMAND = /(?:^|\r\n)DATA\r\n$/i;

export async function startSmtpFaultProxy(targetPort: number): Promise<SmtpFaultProxy> {
  let fault: NetworkFault = "none";
  let server: Server | undefined;
  let port = 0;
  let cuts = 0;
  const sockets = new Set<Socket>();

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {}); // a peer that goes away is what these tests are about
  };

  function onConnection(client: Socket): void {
    track(client);
    if (fault === "silent") return; // holds the connection open and says nothing
    const cutInData = fault === "cut-in-data";
    const upstream = net.connect(targetPort, "127.0.0.1");
    track(upstream);
    // Closed gently towards the client (what it sees is the server hanging up), at once upstream.
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.end());
    upstream.on("data", (chunk: Buffer) => client.write(chunk));

    let inData = false;
    let isCut = false;
    client.on("data", (chunk: Buffer) => {
      if (isCut) return;
      if (cutInData && inData) {
        // Half of the first piece of the message reaches the server, then the line goes dead.
        isCut = true;
        cuts++;
        upstream.end(chunk.subarray(0, Math.ceil(chunk.length / 2)), () => upstream.destroy());
        return;
      }
      upstream.write(chunk);
      inData = DATA_COMMAND.test(chunk.toString("latin1"));
    });
  }

  async function listen(): Promise<void> {
    const next = net.createServer(onConnection);
    // The port was free while refusing; on the rare chance an outgoing socket took it meanwhile, wait.
    for (let attempt = 0; ; attempt++) {
      try {
        await new Promise<void>((resolve, reject) => {
          next.once("error", reject);
          next.listen(port, "127.0.0.1", () => {
            next.off("error", reject);
            resolve();
          });
        });
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    port = (next.address() as AddressInfo).port;
    server = next;
  }

  function stopListening(): void {
    server?.close(); // open connections stay; new ones are refused
    server = undefined;
  }

  async function setFault(next: NetworkFault): Promise<void> {
    fault = next;
    if (next === "refuse") stopListening();
    else if (!server) await listen();
  }

  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    setFault,
    get cuts() {
      return cuts;
    },
    async close() {
      stopListening();
      for (const socket of sockets) socket.destroy();
    },
  };
}
