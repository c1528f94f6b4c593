/**
 * The production server as a child of a test run or the benchmark: the project's standalone
 * build as `npm start` runs it (scripts/start.mjs), or `next start` for another app. On
 * 127.0.0.1, in its own process group (so stopping it leaves nothing behind), its output in a
 * file that an error quotes. Used by the Playwright global set-up and `npm run bench`.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");
export const nextBin = path.join(root, "node_modules/.bin/next");
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether a process still exists (EPERM: it does, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Sends a signal to a detached child's whole process group; false when it is gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

const tail = (file: string) => readFileSync(file, "utf8").split("\n").slice(-60).join("\n");

export type RunningServer = {
  url: string;
  /** Resolves when the server's process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal to the server's process group. */
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL for whatever is left after 5 s. */
  stop(): Promise<void>;
};

export type StartOptions = {
  /** The app's folder: the project (default) or another Next.js app. */
  dir?: string;
  /** Added to this process's environment (PORT and HOSTNAME left out); NODE_ENV is always production. */
  env?: Record<string, string | undefined>;
  logFile: string;
  /** Chosen free when not given. */
  port?: number;
  /** The project only: apply pending migrations first, as `npm start` does by default. */
  migrate?: boolean;
  timeoutMs?: number;
};

/** Starts the server and resolves once it answers GET /; throws with its output if it does not. */
export async function startNext({ dir = root, env = {}, logFile, port, migrate = false, timeoutMs = 90_000 }: StartOptions): Promise<RunningServer> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { PORT: _port, HOSTNAME: _hostname, ...inherited } = process.env;
  const fd = openSync(logFile, "w");
  let child;
  try {
    const listen = ["--hostname", "127.0.0.1", "--port", String(port)];
    const [command, args] =
      dir === root
        ? [process.execPath, [path.join(root, "scripts/start.mjs"), ...listen, ...(migrate ? [] : ["--skip-migrations"])]]
        : [nextBin, ["start", ...listen]];
    child = spawn(command, args, {
      cwd: dir,
      env: { ...inherited, NEXT_TELEMETRY_DISABLED: "1", ...env, NODE_ENV: "production" },
      detached: true,
      stdio: ["ignore", fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  const pid = child.pid!;
  const running = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const killOnExit = () => signalGroup(pid, "SIGKILL");
  process.on("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    if (signalGroup(pid, "SIGTERM")) {
      const deadline = Date.now() + 5_000;
      while (running() && Date.now() < deadline) await sleep(100);
    }
    signalGroup(pid, "SIGKILL"); // whatever is left in the group
  };

  const deadline = Date.now() + timeoutMs;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (!running()) {
      await stop();
      throw new Error(`The server exited (code ${child.exitCode}, signal ${child.signalCode}) before answering. Its output:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return { url, exited, kill: (signal) => void signalGroup(pid, signal), stop };
    } catch (err) {
      lastProblem = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s (${lastProblem}). Its output:\n${tail(logFile)}`);
}
