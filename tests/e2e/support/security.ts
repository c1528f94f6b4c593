/**
 * The security headers every response must carry, the Content-Security-Policy every HTML
 * response must carry, and its two kinds (docs/decisions/0008-static-pages-csp.md): prerendered
 * pages list the sha256 hashes of their inline scripts; pages rendered per request carry a fresh
 * nonce on every script. All checks are soft, so one run reports every problem of a response.
 */
import { expect } from "@playwright/test";
import { cspHash, inlineScripts, isDataBlock, scripts } from "./html";

/** Directive name -> its source list, from a Content-Security-Policy header value. */
export function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const NONCE = /^'nonce-([A-Za-z0-9+/_=-]{16,})'$/;

/** The nonce a script-src allows, if any. */
export const nonceIn = (scriptSrc: string[]) => scriptSrc.map((s) => NONCE.exec(s)?.[1]).find(Boolean);

/**
 * The headers every response carries, HTML or not, redirects and errors included (static, from
 * next.config.js): HSTS, nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy,
 * Cross-Origin-Opener-Policy, and nothing that names the server software.
 */
export function expectResponseHeaders(headers: Record<string, string>, where: string) {
  // At least six months, the HTTP Observatory's threshold.
  const hsts = headers["strict-transport-security"];
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts ?? "")?.[1] ?? 0);
  expect.soft(maxAge, `${where}: Strict-Transport-Security max-age (${hsts})`).toBeGreaterThanOrEqual(15_768_000);
  expect.soft(headers["x-content-type-options"], `${where}: X-Content-Type-Options`).toBe("nosniff");
  // Not "no-referrer": under it Chromium sends `Origin: null` with a same-origin form POST, and
  // Next.js rejects such server-action posts, which breaks every form without JavaScript.
  expect.soft(headers["referrer-policy"], `${where}: Referrer-Policy (same-origin requests must keep their Origin)`).toMatch(
    /^(same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect.soft(headers["x-frame-options"], `${where}: X-Frame-Options`).toBe("DENY");
  expect.soft(headers["permissions-policy"], `${where}: Permissions-Policy`).toBeTruthy();
  expect.soft(headers["cross-origin-opener-policy"], `${where}: Cross-Origin-Opener-Policy`).toBe("same-origin");
  expect.soft(headers["x-powered-by"], `${where}: X-Powered-By`).toBeUndefined();
  expect.soft(headers["server"] ?? "", `${where}: Server names no version`).not.toMatch(/\d/);
}

/**
 * The Content-Security-Policy an HTML response must carry: no inline code or eval beyond what
 * the page allows by hash or nonce, no framing, no plugins, no <base> or form posts elsewhere.
 * Returns the script-src sources.
 */
export function expectPagePolicy(headers: Record<string, string>, where: string): string[] {
  const csp = headers["content-security-policy"];
  expect.soft(csp, `${where}: Content-Security-Policy header`).toBeTruthy();
  if (!csp) return [];
  const directives = parseCsp(csp);
  const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
  expect.soft(scriptSrc, `${where}: script-src must not allow inline scripts`).not.toContain("'unsafe-inline'");
  expect.soft(scriptSrc, `${where}: script-src must not allow eval in production`).not.toContain("'unsafe-eval'");
  expect.soft(directives.get("frame-ancestors"), `${where}: frame-ancestors`).toEqual(["'none'"]);
  expect.soft(directives.get("object-src") ?? directives.get("default-src"), `${where}: object-src`).toEqual(["'none'"]);
  expect.soft(directives.get("base-uri")?.join(" ") ?? "", `${where}: base-uri`).toMatch(/^'(self|none)'$/);
  expect.soft(directives.get("form-action"), `${where}: form-action`).toEqual(["'self'"]);
  return scriptSrc;
}

/** An HTML response's headers: the page policy and the headers every response carries; returns script-src. */
export function expectSecurityHeaders(headers: Record<string, string>, where: string): string[] {
  expectResponseHeaders(headers, where);
  return expectPagePolicy(headers, where);
}

/** Inline scripts of `html` that `scriptSrc` allows neither by hash nor by nonce (first 80 characters each). */
export function blockedInlineScripts(html: string, scriptSrc: string[]): string[] {
  const nonce = nonceIn(scriptSrc);
  return inlineScripts(html)
    .filter((s) => !scriptSrc.includes(cspHash(s.text)) && !(nonce && s.attributes.get("nonce") === nonce))
    .map((s) => `${cspHash(s.text)}: ${s.text.slice(0, 80)}`);
}

/** A prerendered page: its inline scripts are allowed by hash; no nonce (it would be the same for everyone). */
export function expectHashPolicy(html: string, scriptSrc: string[], where: string) {
  expect.soft(nonceIn(scriptSrc), `${where}: a prerendered page's script-src has no nonce`).toBeUndefined();
  expect.soft(inlineScripts(html).length, `${where}: the page has inline scripts (the RSC payload)`).toBeGreaterThan(0);
  expect.soft(blockedInlineScripts(html, scriptSrc), `${where}: inline scripts whose sha256 script-src lacks`).toEqual([]);
}

/** A page rendered per request: every script carries this response's nonce; returns the nonce. */
export function expectNoncePolicy(html: string, scriptSrc: string[], where: string): string | undefined {
  const nonce = nonceIn(scriptSrc);
  expect.soft(nonce, `${where}: script-src has a nonce (script-src: ${scriptSrc.join(" ")})`).toBeTruthy();
  const tags = scripts(html).filter((s) => !isDataBlock(s));
  expect.soft(tags.length, `${where}: the page has scripts`).toBeGreaterThan(0);
  const withoutNonce = tags
    .filter((s) => !nonce || s.attributes.get("nonce") !== nonce)
    .map((s) => s.attributes.get("src") ?? `inline: ${s.text.slice(0, 80)}`);
  expect.soft(withoutNonce, `${where}: scripts without this response's nonce`).toEqual([]);
  return nonce;
}
