/**
 * The nginx sample in docs/deployment.md, read from that file and run in Debian's nginx (the
 * test:e2e script installs it with Chromium) in front of the e2e server, over TLS with a
 * throw-away certificate. Next.js answers "//x", "/a//b" and backslashes with a 308 of its own,
 * before the app's headers are added; through the sample, every such address is answered by the
 * app, with every security header, and no redirect leaves the site. The same sample without its
 * "Slashes" block lets the bare 308s through: the block is what makes the difference.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../scripts/lib/next-server";
import { baseURL } from "./support/env";
import { expectPagePolicy, expectResponseHeaders } from "./support/security";

const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";
const SLASHES_BLOCK = /\n\s*# A path with "\/\/" or "\\" goes on normalised[^\n]*\n\s*if \(\$request_uri[^\n]*\{\n[^\n]*\n\s*\}/;

/** Addresses Next.js would redirect itself, and two it would not. */
const PATHS = ["//evil.example", "//evil.example/x", "/\\evil.example", "/a//b", "//about?x=1", "/about//", "/faq\\", "/about", "/nowhere"];

type Answer = { status: number; headers: Record<string, string> };

/** The ```nginx block of docs/deployment.md. */
function documentedSample(): string {
  const doc = readFileSync(path.join(process.cwd(), "docs/deployment.md"), "utf8");
  const sample = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(sample, "docs/deployment.md has an nginx sample").toBeTruthy();
  return sample!;
}

/** The sample as a whole nginx configuration for this machine: the e2e server upstream, a free port, a test certificate. */
function runnable(sample: string, dir: string, port: number): string {
  const upstream = new URL(baseURL()).host;
  const version = spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr;
  const [major = 0, minor = 0, patch = 0] = (/nginx\/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  // "http2 on;" arrived in nginx 1.25.1; Debian 12 has 1.22.
  const hasHttp2Directive = major > 1 || minor > 25 || (minor === 25 && patch >= 1);
  const site = sample
    .replace(/(upstream clinic \{\n)(?:\s*server [^\n]*\n)+/, `$1  server ${upstream};\n`)
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${port} ssl;`)
    .replace(/\n\s*http2 on;/, hasHttp2Directive ? "$&" : "")
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`);
  expect(site, "the sample's upstream, port and certificate were replaced").toContain(`server ${upstream};`);
  return [
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    "events {}",
    "http {",
    `  access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
    site,
    "}",
  ].join("\n");
}

/** nginx in the foreground with `config`, answering on `port` once the returned promise resolves. */
async function startNginx(dir: string, config: string, port: number): Promise<ChildProcess> {
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  for (let tries = 0; tries < 100; tries++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    const up = await get(port, "/api/health").then(
      () => true,
      () => false,
    );
    if (up) return nginx;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${port}: ${stderr}`);
}

async function stopNginx(nginx: ChildProcess) {
  const exited = new Promise((resolve) => nginx.once("exit", resolve));
  nginx.kill("SIGQUIT");
  await exited;
}

/** A GET of `rawPath` exactly as written (no client tidies it), over TLS with the test certificate. */
function get(port: number, rawPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET", rejectUnauthorized: false, headers: { host: "clinic.example.test" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string> }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** An answer without the headers the app puts on every response, redirects included (HSTS, nosniff). */
const bare = ({ headers }: Answer) => !headers["strict-transport-security"] || !headers["x-content-type-options"];

test.describe("the nginx sample in docs/deployment.md", () => {
  let dir: string;
  let port: number;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "clinic-nginx-"));
    const cert = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=clinic.example.test", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`], { encoding: "utf8" });
    expect(cert.status, `openssl made a test certificate: ${cert.stderr}`).toBe(0);
    port = await freePort();
  });

  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("answers every address Next.js would redirect with the app's headers, and never redirects off the site", async () => {
    const nginx = await startNginx(dir, runnable(documentedSample(), dir, port), port);
    try {
      for (const rawPath of PATHS) {
        const answer = await get(port, rawPath);
        const where = `GET ${rawPath} through nginx (${answer.status})`;
        expect(answer.status, where).toBeLessThan(500);
        expectResponseHeaders(answer.headers, where);
        const redirect = answer.status >= 300 && answer.status < 400;
        if (!redirect) expectPagePolicy(answer.headers, where);
        if (redirect) {
          // One leading slash: a Location of "//host" would send the browser to another site.
          expect(answer.headers.location, `${where}: stays on the site`).toMatch(/^\/(?![/\\])/);
        }
      }
      expect((await get(port, "//about?x=1")).status, "//about is the About page").toBe(200);
      expect((await get(port, "//evil.example")).status, "//evil.example is not found").toBe(404);
    } finally {
      await stopNginx(nginx);
    }
  });

  test("without its Slashes block, the bare redirects come through: the block is what fixes them", async () => {
    const withoutBlock = documentedSample().replace(SLASHES_BLOCK, "");
    expect(withoutBlock, "the Slashes block was found and taken out").not.toContain("$request_uri");
    const nginx = await startNginx(dir, runnable(withoutBlock, dir, port), port);
    try {
      const bareAnswers: string[] = [];
      for (const rawPath of PATHS) if (bare(await get(port, rawPath))) bareAnswers.push(rawPath);
      expect(bareAnswers).toEqual(["//evil.example", "//evil.example/x", "/\\evil.example", "/a//b", "//about?x=1", "/about//", "/faq\\"]);
    } finally {
      await stopNginx(nginx);
    }
  });
});
