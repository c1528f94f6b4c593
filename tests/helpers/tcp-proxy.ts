/**
 * A TCP proxy in front of a real server (Redis, PostgreSQL) for fault tests: it passes bytes
 * through until `freeze()`, after which every connection, open or new, stays open and silent,
 * as a server that hangs or a network that drops packets looks to a client.
 */
import net, { type AddressInfo, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** Nothing passes either way from now on; connections stay open. */
  freeze(): void;
  close(): Promise<void>;
};

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let frozen = false;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {}); // a peer that goes away is what these tests are about
  };

  const server = net.createServer((client) => {
    track(client);
    if (frozen) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.on("data", (chunk: Buffer) => void (frozen || upstream.write(chunk)));
    upstream.on("data", (chunk: Buffer) => void (frozen || client.write(chunk)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    port: (server.address() as AddressInfo).port,
    freeze() {
      frozen = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A loopback port where nothing listens: connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
