// Which Node.js versions the project needs, and a check of the running one (scripts/setup.mjs
// runs it on `npm install`, `npm run dev` and `npm start`). Two ranges, because the packages
// disagree: those that run the site declare what is below; several packages only the tests
// and the benchmark use (@testing-library/jest-dom, @axe-core/playwright, Lighthouse and its
// puppeteer-core) declare Node 22.12 or 22.19 and newer, and jest skips Node 23.
// tests/unit/node-version.test.ts checks both ranges against every package in
// package-lock.json, so they change when a package's own requirement does.

/** Running the site (`npm run dev`, `npm start`): the same range as package.json's engines.node. */
export const NODE_FOR_SITE = "^20.19.0 || ^22.0.0 || ^23.0.0 || ^24.0.0 || ^25.0.0 || ^26.0.0";
/** Running the tests and the benchmark as their packages' authors support them. */
export const NODE_FOR_TESTS = "^22.19.0 || ^24.0.0 || ^25.0.0 || ^26.0.0";

const parse = (version) => version.replace(/^v/, "").split(".").map(Number);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether a version satisfies a range made of "^x.y.z" alternatives joined by "||". */
export function satisfies(version, range) {
  const v = parse(version);
  return range.split("||").some((alternative) => {
    const min = parse(alternative.trim().replace(/^\^/, ""));
    return v[0] === min[0] && compare(v, min) >= 0;
  });
}

/** A range for a person: "20.19 or a later 20.x, or 22 to 26". */
export function describe(range) {
  const alternatives = range.split("||").map((a) => parse(a.trim().replace(/^\^/, "")));
  const parts = [];
  for (let i = 0; i < alternatives.length; ) {
    const [major, minor] = alternatives[i];
    if (minor > 0) {
      parts.push(`${major}.${minor} or a later ${major}.x`);
      i++;
      continue;
    }
    let last = i;
    while (alternatives[last + 1]?.[0] === alternatives[last][0] + 1 && alternatives[last + 1][1] === 0) last++;
    parts.push(last > i ? `${major} to ${alternatives[last][0]}` : `${major}`);
    i = last + 1;
  }
  return parts.join(", or ");
}

/**
 * Fails (exit code 1) on a Node.js the site cannot run on; notes a Node.js newer than any the
 * packages declare, and one where the tests and the benchmark run outside what their
 * packages support (`forTests`). Notes go to stderr: `npm run key:generate` prints settings on
 * stdout.
 */
export function checkNode({ version = process.version, forTests = true } = {}) {
  const newest = Math.max(...NODE_FOR_SITE.split("||").map((a) => parse(a.trim().replace(/^\^/, ""))[0]));
  if (parse(version)[0] > newest) {
    console.warn(`Node.js ${version} is newer than this project's packages declare (${describe(NODE_FOR_SITE)}); if npm install or a native module fails, use one of those.`);
    return;
  }
  if (!satisfies(version, NODE_FOR_SITE)) {
    console.error(
      `This project needs Node.js ${describe(NODE_FOR_SITE)}; this is Node.js ${version}.\n` +
        "Install a current LTS release (https://nodejs.org), then run npm install again.",
    );
    process.exit(1);
  }
  if (forTests && !satisfies(version, NODE_FOR_TESTS)) {
    console.warn(
      `Node.js ${version} runs the site. For npm test, npm run test:e2e and npm run bench, some test packages ask for Node.js ${describe(NODE_FOR_TESTS)}; ` +
        "they pass on this version in this project's CI, but a newer Node.js is what their authors support.",
    );
  }
}
