/** Starting and stopping `next start` (and other servers) for the benchmark, on 127.0.0.1 only. */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
export const nextBin = path.join(root, "node_modules/.bin/next");
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type RunningServer = { url: string; stop(): Promise<void> };

/**
 * `next start` for the app in `dir` (the project itself or the bare app), in its own process
 * group so that stopping it leaves nothing behind; its output goes to `logFile`.
 */
export async function startNext(dir: string, env: Record<string, string>, logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fd = openSync(logFile, "w");
  let child: ChildProcess;
  try {
    const { PORT: _port, HOSTNAME: _host, ...rest } = process.env;
    child = spawn(nextBin, ["start", "--hostname", "127.0.0.1", "--port", String(port)], {
      cwd: dir,
      env: { ...rest, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
      detached: true,
      stdio: ["ignore", fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, sleep(5000)]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.once("exit", () => void stop());

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      return { url, stop };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`next start ${path.relative(root, dir) || "."} did not answer; its output:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
}
