import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: import.meta.dirname });

// createJestConfig() returns an async function that adds next/jest's SWC transform and mocks
// to one config. Jest does not call functions inside `projects`, so resolve each one here.
const project = (config) =>
  createJestConfig({
    rootDir: import.meta.dirname,
    moduleNameMapper: {
      "^server-only$": "<rootDir>/tests/helpers/empty-module.ts",
      "^@/(.*)$": "<rootDir>/$1",
    },
    ...config,
  })();

/** @type {import("jest").Config} */
export default {
  projects: [
    await project({
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/integration/**/*.test.ts"],
      testTimeout: 30_000,
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
