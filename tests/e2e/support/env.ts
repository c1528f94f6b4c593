/** Values the global setup (tests/e2e/support/global-setup.ts) exports to the test workers. */
export function requireEnv(
  name: "E2E_BASE_URL" | "E2E_DB_PATH" | "E2E_MAIL_DIR" | "E2E_SERVER_LOG" | "E2E_ENCRYPTION_KEYS" | "E2E_APP_ENV_FILE",
): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run these tests with \`npm run test:e2e\`, whose global setup starts the app.`);
  }
  return value;
}

export const baseURL = () => requireEnv("E2E_BASE_URL");
