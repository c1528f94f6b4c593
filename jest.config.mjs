import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: import.meta.dirname });

// Packages that ship only ES modules and that the server code under test imports (better-auth
// and its dependencies). Only the tests need them compiled, so they are not in next.config.js.
const esmOnly = ["better-auth", "@better-auth", "better-call", "@better-fetch", "jose", "kysely", "nanostores", "defu", "@noble", "rou3", "uncrypto", "uqr", "csv-stringify", "@date-fns", "flesch-kincaid", "syllable"];

/** next/jest skips node_modules except next.config.js's transpilePackages; let esmOnly through too. */
const compileEsmOnly = (config) => ({
  ...config,
  transformIgnorePatterns: config.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/(?!.pnpm)(?!(") ? pattern.replace("(?!(", `(?!(${esmOnly.join("|")}|`) : pattern,
  ),
});

// createJestConfig() returns an async function that adds next/jest's SWC transform and mocks
// to one config. Jest does not call functions inside `projects`, so resolve each one here.
const project = async (config) =>
  compileEsmOnly(
    await createJestConfig({
      rootDir: import.meta.dirname,
      moduleNameMapper: {
        "^server-only$": "<rootDir>/tests/helpers/empty-module.ts",
        "^@/(.*)$": "<rootDir>/$1",
      },
      ...config,
    })(),
  );

/** @type {import("jest").Config} */
export default {
  // A global option: inside a project it is ignored and jest's 5 s applies.
  testTimeout: 30_000,
  projects: [
    await project({
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
      globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
    }),
    await project({
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/components/**/*.test.tsx"],
      setupFilesAfterEnv: ["@testing-library/jest-dom"],
    }),
  ],
};
