/**
 * The Node.js versions the README promises and `scripts/setup.mjs` checks
 * (scripts/lib/node-version.mjs) are the ones the installed packages declare: the site's range
 * is what every package the site runs on accepts, the tests' range what every package accepts.
 * Compared at every version any package names as a bound (and just below it), so a package
 * upgrade that moves a bound fails here until the ranges, package.json and the README move too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { NODE_FOR_SITE, NODE_FOR_TESTS, describe as describeRange, satisfies } from "@/scripts/lib/node-version.mjs";

type Entry = { dev?: boolean; optional?: boolean; os?: string[]; cpu?: string[]; engines?: { node?: string } };
const root = path.join(__dirname, "../..");
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, Entry> };
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };

// Platform binaries for other machines are never installed beside the others: their bounds do not apply.
const declared = Object.entries(lock.packages).filter(
  ([at, e]) => at !== "" && e.engines?.node && !(e.optional && (e.os || e.cpu)) && semver.validRange(e.engines.node),
);

/** Every version some package names, the one just below each, and each major's first release. */
const versions = (() => {
  const found = new Set<string>();
  for (const [, e] of declared) {
    for (const match of e.engines!.node!.matchAll(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/g)) {
      const [major, minor = 0, patch = 0] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
      if (major < 18 || major > 30) continue;
      found.add(`${major}.${minor}.${patch}`);
      if (patch > 0) found.add(`${major}.${minor}.${patch - 1}`);
      else if (minor > 0) found.add(`${major}.${minor - 1}.99`);
    }
  }
  for (let major = 18; major <= 28; major++) found.add(`${major}.0.0`);
  return [...found].sort(semver.compare);
})();

const acceptedByAll = (entries: typeof declared, version: string) => entries.every(([, e]) => semver.satisfies(version, e.engines!.node!));
const refusing = (entries: typeof declared, version: string) =>
  entries.filter(([, e]) => !semver.satisfies(version, e.engines!.node!)).map(([at, e]) => `${at.replace(/^.*node_modules\//, "")} ${e.engines!.node}`);

describe("Node.js versions", () => {
  it("package.json's engines.node is the site's range", () => {
    expect(pkg.engines.node).toBe(NODE_FOR_SITE);
  });

  it("the site's range holds exactly the versions every package the site runs on accepts", () => {
    const site = declared.filter(([, e]) => !e.dev);
    const wrong = versions.filter((v) => satisfies(v, NODE_FOR_SITE) !== acceptedByAll(site, v)).map((v) => `${v}: ${refusing(site, v).join("; ") || "accepted by all"}`);
    expect(wrong).toEqual([]);
  });

  it("the tests' range holds exactly the versions every package accepts, the tests' and the benchmark's included", () => {
    const wrong = versions.filter((v) => satisfies(v, NODE_FOR_TESTS) !== acceptedByAll(declared, v)).map((v) => `${v}: ${refusing(declared, v).join("; ") || "accepted by all"}`);
    expect(wrong).toEqual([]);
  });

  it("the README states both ranges as the check prints them", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(describeRange(NODE_FOR_SITE));
    expect(readme).toContain(describeRange(NODE_FOR_TESTS));
  });

  it("the check reads ranges as npm does", () => {
    for (const v of versions) {
      expect({ v, site: satisfies(v, NODE_FOR_SITE) }).toEqual({ v, site: semver.satisfies(v, NODE_FOR_SITE) });
      expect({ v, tests: satisfies(v, NODE_FOR_TESTS) }).toEqual({ v, tests: semver.satisfies(v, NODE_FOR_TESTS) });
    }
  });
});
