/**
 * package-lock.json must let `npm install` work on every platform a developer may use: each
 * optional dependency (the native binaries of Next.js's compiler, Tailwind's oxide engine,
 * the resolver) needs its own entry, or a clone on macOS or Windows cannot find its binary.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Entry = { optionalDependencies?: Record<string, string>; os?: string[]; cpu?: string[] };
const lock = JSON.parse(readFileSync(path.join(__dirname, "../../package-lock.json"), "utf8")) as { packages: Record<string, Entry> };

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolves(from: string, name: string): boolean {
  for (let base = from; ; ) {
    if (lock.packages[`${base ? `${base}/` : ""}node_modules/${name}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent < 0 ? "" : base.slice(0, parent);
  }
}

describe("package-lock.json", () => {
  it("holds an entry for every optional dependency, whatever the platform", () => {
    const missing = Object.entries(lock.packages).flatMap(([at, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(at, name))
        .map((name) => `${at || "(root)"} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("has the native compilers for macOS, Windows and Linux", () => {
    for (const name of ["@next/swc-darwin-arm64", "@next/swc-win32-x64-msvc", "@next/swc-linux-x64-gnu", "@tailwindcss/oxide-darwin-arm64", "@tailwindcss/oxide-win32-x64-msvc"]) {
      expect(lock.packages).toHaveProperty([`node_modules/${name}`]);
    }
  });
});
