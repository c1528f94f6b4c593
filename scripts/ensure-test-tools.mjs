#!/usr/bin/env node
// Makes sure the programs the end-to-end tests drive exist before `playwright test` runs
// (`npm run test:e2e` calls this first), installing Debian's packages when they are missing:
//
//   - Chromium, for every browser test. Playwright's own browser download cannot work on this
//     project's machines, so the tests drive Debian's `chromium` (never `npx playwright install`);
//   - nginx, for tests/e2e/proxy-sample.spec.ts, which runs docs/deployment.md's sample
//     (Debian's `nginx-light`; installing it starts no server).
//
// CHROMIUM_PATH or NGINX_PATH set: that executable must exist (nothing is installed for a
// custom path). Otherwise /usr/bin/chromium and /usr/sbin/nginx; the missing ones are
// installed with apt-get (through sudo when not root), then checked to run.
import { accessSync, constants } from "node:fs";
import { spawnSync } from "node:child_process";

const TOOLS = [
  { name: "Chromium", variable: "CHROMIUM_PATH", path: "/usr/bin/chromium", debian: "chromium", version: ["--version"] },
  { name: "nginx", variable: "NGINX_PATH", path: "/usr/sbin/nginx", debian: "nginx-light", version: ["-v"] },
];

const log = (message) => console.log(`[ensure-test-tools] ${message}`);
function fail(message) {
  console.error(`[ensure-test-tools] ${message}`);
  process.exit(1);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** Prints the tool's version; fails when the executable does not start. */
function checkRuns(tool, file) {
  const result = spawnSync(file, tool.version, { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) fail(`${file} exists but "${file} ${tool.version.join(" ")}" failed:\n${result.error?.message ?? result.stderr}`);
  log(`using ${file} (${(result.stdout || result.stderr).trim()})`);
}

const missing = [];
for (const tool of TOOLS) {
  const custom = process.env[tool.variable]?.trim();
  const file = custom || tool.path;
  if (isExecutable(file)) checkRuns(tool, file);
  else if (custom) fail(`${tool.variable} is set to ${custom}, but no executable is there. Point it at an installed ${tool.name}, or unset it so this script can install Debian's ${tool.debian}.`);
  else missing.push(tool);
}
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.debian);
const manual = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
if (process.platform !== "linux" || !onPath("apt-get")) {
  fail(
    `Missing: ${missing.map((t) => `${t.name} at ${t.path}`).join(", ")}, and this machine has no apt-get to install them.\n` +
      `Install them yourself and run again with ${missing.map((t) => `${t.variable}=/path/to/it`).join(" ")} (on Debian or Ubuntu: ${manual}).`,
  );
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
let prefix = [];
if (!isRoot) {
  if (!onPath("sudo")) fail(`Installing ${packages.join(" and ")} needs root, and sudo is not available.\nRun as root: ${manual.replaceAll("sudo ", "")}`);
  // Without a terminal to type a password into, sudo must not wait for one.
  prefix = process.stdin.isTTY ? ["sudo"] : ["sudo", "-n"];
}

function run(args) {
  const [command, ...rest] = [...prefix, ...args];
  log(`running: ${[command, ...rest].join(" ")}`);
  // (sudo drops DEBIAN_FRONTEND unless sudoers keeps it; neither package asks debconf questions.)
  const result = spawnSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? `signal ${result.signal}`}`;
    fail(`"${[command, ...rest].join(" ")}" failed (${why}).\nInstall them manually and run the tests again:\n  ${manual}`);
  }
}

log(`installing Debian's ${packages.join(" and ")} with apt-get (one time, about a minute)`);
run(["apt-get", "update"]);
run(["apt-get", "-o", "DPkg::Lock::Timeout=120", "install", "-y", "--no-install-recommends", ...packages]);
for (const tool of missing) {
  if (!isExecutable(tool.path)) fail(`apt-get finished, but there is still no executable at ${tool.path}.\nInstall it manually: ${manual}`);
  checkRuns(tool, tool.path);
}
