/**
 * Graceful stop (lib/shutdown.server.ts) in a real process: on SIGTERM the work registered
 * with beforeExit finishes before the process exits, even though Next.js's own handler calls
 * process.exit as soon as its server has closed; and it is cut off after the timeout.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

async function stop(env: Record<string, string>): Promise<{ lines: string[]; code: number | null }> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/fixtures/stopping-server.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("ready\n") && !child.killed) child.kill("SIGTERM");
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  return { lines: output.trim().split("\n"), code };
}

test("the work in hand finishes before the exit Next.js asks for, with Next.js's exit code", async () => {
  const { lines, code } = await stop({ WITH_NEXT_HANDLER: "1", WORK_MS: "400", TIMEOUT_MS: "5000" });
  expect(lines).toEqual(["ready", "server.stopping", "send.started", "send.finished", "server.stopped"]);
  expect(code).toBe(143);
});

test("without a server's handler (a script), SIGTERM still finishes the work, then exits", async () => {
  const { lines, code } = await stop({ WITH_NEXT_HANDLER: "0", WORK_MS: "200", TIMEOUT_MS: "5000" });
  expect(lines).toEqual(["ready", "server.stopping", "send.started", "send.finished", "server.stopped"]);
  expect(code).toBe(0);
});

test("work that outlasts SHUTDOWN_TIMEOUT_MS is cut off", async () => {
  const { lines, code } = await stop({ WITH_NEXT_HANDLER: "1", WORK_MS: "10000", TIMEOUT_MS: "500" });
  expect(lines).toEqual(["ready", "server.stopping", "send.started", "server.stop_timed_out"]);
  expect(code).toBe(143);
});
