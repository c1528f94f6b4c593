/**
 * Builds the bare Next.js app (bench/bare-app) with the project's installed packages. It is
 * built from a copy under bench/.work/ with node_modules hard-linked in: inside the project
 * tree, Turbopack would compile the project's own instrumentation.ts and proxy.ts into it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { root } from "../lib/next-server";

export function buildBareApp(): string {
  const dir = path.join(root, "bench/.work/bare-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(root, "bench/bare-app"), dir, { recursive: true });
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  execFileSync(path.join(dir, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return dir;
}
