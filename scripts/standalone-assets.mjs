#!/usr/bin/env node
// After `next build`: .next/standalone/ holds the server and the code it needs, but not the
// files it serves as they are (public/ and .next/static/). Copy them in, so the folder runs alone.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next/standalone");
for (const [from, to] of [["public", "public"], [".next/static", ".next/static"]]) {
  rmSync(path.join(standalone, to), { recursive: true, force: true });
  cpSync(path.join(root, from), path.join(standalone, to), { recursive: true });
}
