#!/usr/bin/env node
// Makes sure a Chromium for the end-to-end tests exists before `playwright test` runs
// (`npm run test:e2e` calls this first). Playwright's own browser download cannot work on
// this project's machines, so the tests drive Debian's `chromium` package instead:
//
//   - CHROMIUM_PATH set: that executable must exist (nothing is installed for a custom path);
//   - otherwise /usr/bin/chromium; when it is missing, install Debian's `chromium` with
//     apt-get (through sudo when not root), then check that it runs.
//
// Never `npx playwright install`.
import { accessSync, constants } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";

const DEFAULT_PATH = "/usr/bin/chromium";
const MANUAL_COMMAND = "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium";
const customPath = process.env.CHROMIUM_PATH?.trim() || undefined;
const target = customPath ?? DEFAULT_PATH;

function log(message) {
  console.log(`[ensure-chromium] ${message}`);
}

function fail(message) {
  console.error(`[ensure-chromium] ${message}`);
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

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Prints the browser's version; fails when the executable does not start. */
function checkRuns(file) {
  try {
    const version = execFileSync(file, ["--version"], { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] }).trim();
    log(`using ${file} (${version})`);
  } catch (err) {
    const detail = err && typeof err === "object" && "stderr" in err ? String(err.stderr).trim() : String(err);
    fail(`${file} exists but "${file} --version" failed:\n${detail}`);
  }
}

if (isExecutable(target)) {
  checkRuns(target);
  process.exit(0);
}

if (customPath) {
  fail(
    `CHROMIUM_PATH is set to ${customPath}, but no executable is there.\n` +
      `Point CHROMIUM_PATH at an installed Chromium, or unset it so this script can install ` +
      `Debian's chromium at ${DEFAULT_PATH} (manually: ${MANUAL_COMMAND}).`,
  );
}

if (process.platform !== "linux" || !onPath("apt-get")) {
  fail(
    `No Chromium at ${DEFAULT_PATH}, and this machine has no apt-get to install one.\n` +
      `Install Chromium yourself and run again with CHROMIUM_PATH=/path/to/chromium ` +
      `(on Debian or Ubuntu: ${MANUAL_COMMAND}).`,
  );
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
let prefix = [];
if (!isRoot) {
  if (!onPath("sudo")) {
    fail(`No Chromium at ${DEFAULT_PATH}; installing it needs root, and sudo is not available.\nRun as root: ${MANUAL_COMMAND.replaceAll("sudo ", "")}`);
  }
  // Without a terminal to type a password into, sudo must not wait for one.
  prefix = process.stdin.isTTY ? ["sudo"] : ["sudo", "-n"];
}

// (sudo drops DEBIAN_FRONTEND unless sudoers keeps it; chromium asks no debconf questions anyway.)
const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };

function run(args) {
  const [command, ...rest] = [...prefix, ...args];
  log(`running: ${[command, ...rest].join(" ")}`);
  const result = spawnSync(command, rest, { stdio: "inherit", env: aptEnv });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? `signal ${result.signal}`}`;
    fail(`"${[command, ...rest].join(" ")}" failed (${why}).\nInstall Chromium manually and run the tests again:\n  ${MANUAL_COMMAND}`);
  }
}

log(`no Chromium at ${DEFAULT_PATH}: installing Debian's chromium package with apt-get (one time, about a minute)`);
run(["apt-get", "update"]);
run(["apt-get", "-o", "DPkg::Lock::Timeout=120", "install", "-y", "--no-install-recommends", "chromium"]);

if (!isExecutable(DEFAULT_PATH)) {
  fail(`apt-get finished, but there is still no executable at ${DEFAULT_PATH}.\nInstall it manually: ${MANUAL_COMMAND}`);
}
checkRuns(DEFAULT_PATH);
