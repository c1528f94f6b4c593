#!/usr/bin/env node
// `npm start`: the production server that `npm run build` wrote to .next/standalone/, after
// applying pending migrations (`npm run db:deploy`, safe when several instances start at once).
//
//   npm start -- [--port 3000] [--hostname 0.0.0.0] [--skip-migrations]
//
// PORT works too (HOSTNAME does not: shells set it to the machine's name). Settings come from
// the environment and, as with `next start`, from .env, .env.production and
// .env.production.local. See docs/deployment.md.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const server = path.join(root, ".next/standalone/server.js");

const { values: options } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    "skip-migrations": { type: "boolean", default: false },
  },
});

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
require("@next/env").loadEnvConfig(root, false, { info: () => {}, error: console.error });

if (!existsSync(server)) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

if (!options["skip-migrations"]) {
  const deploy = spawnSync(process.execPath, [path.join(root, "scripts/setup.mjs"), "--migrate-only"], { stdio: "inherit" });
  if (deploy.status !== 0) process.exit(deploy.status ?? 1);
}

// server.js changes into .next/standalone/; paths in the settings stay relative to the project.
const fromRoot = (p) => path.resolve(root, p);
const databaseUrl = process.env.DATABASE_URL || "file:./.data/clinic.db";
if (databaseUrl.startsWith("file:") && !path.isAbsolute(databaseUrl.slice(5))) {
  process.env.DATABASE_URL = `file:${fromRoot(databaseUrl.slice(5))}`;
}
process.env.MAIL_DIR = fromRoot(process.env.MAIL_DIR || ".data/mail");

if (options.port) process.env.PORT = options.port;
// Not the shell's HOSTNAME (the machine's name), which server.js would otherwise listen on.
process.env.HOSTNAME = options.hostname ?? "0.0.0.0";

require(server);
