/**
 * Form posts built by hand, the ways a client can send them to a form's server action, and
 * what comes back with the person's own answers taken out. Used by tests/e2e/fuzz-http.spec.ts.
 *
 * - noJavaScript: what a browser without JavaScript posts: the hidden `$ACTION_*` inputs React
 *   renders into a useActionState form (copied from the page), then the fields.
 * - javaScript: what React in the browser posts (captured from Chromium): the `Next-Action`
 *   header, every entry of the form as `_1_<name>`, then the arguments as the `0` entry, last.
 * - actionId: a `$ACTION_ID_<id>` post, whose arguments are the FormData alone (no action state).
 */
import type { Entry } from "@/tests/helpers/hostile";
import { decodeEntities, markup, scripts, tags } from "./html";

export type Body = { contentType: string; data: Buffer; headers?: Record<string, string> };

/** The `$ACTION_*` inputs of the page's form and the id of its action. */
export type FormAction = { hidden: [string, string][]; id: string };

export function formActionOf(html: string): FormAction {
  const hidden = tags(html, "input")
    .filter((input) => (input.get("name") ?? "").startsWith("$ACTION_"))
    .map((input) => [input.get("name")!, input.get("value") ?? ""] as [string, string]);
  const meta = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (!meta) throw new Error("the page has no server-action form");
  return { hidden, id: (JSON.parse(meta[1]) as { id: string }).id };
}

/** How browsers write names in a multipart header (WHATWG HTML: form-data encoding). */
const headerText = (s: string) => s.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");

export async function multipart(entries: Entry[], boundary = `----FuzzBoundary${Math.random().toString(36).slice(2)}`): Promise<Body> {
  const parts: Buffer[] = [];
  for (const [name, value] of entries) {
    const disposition = `Content-Disposition: form-data; name="${headerText(name)}"`;
    if (typeof value === "string") {
      parts.push(Buffer.from(`--${boundary}\r\n${disposition}\r\n\r\n${value}\r\n`));
    } else {
      const head = `--${boundary}\r\n${disposition}; filename="${headerText(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
      parts.push(Buffer.from(head), Buffer.from(await value.arrayBuffer()), Buffer.from("\r\n"));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.concat(parts) };
}

export const noJavaScript = (action: FormAction, entries: Entry[]) => multipart([...action.hidden, ...entries]);

/** `args`: the action's arguments as React encodes them; by default the idle state and the form ("$K1"). */
export async function javaScript(action: FormAction, entries: Entry[], args = JSON.stringify([{ status: "idle" }, "$K1"])): Promise<Body> {
  const body = await multipart([...[...action.hidden, ...entries].map(([name, value]) => [`_1_${name}`, value] as const), ["0", args]]);
  return { ...body, headers: { "next-action": action.id, accept: "text/x-component" } };
}

export const actionId = (action: FormAction, entries: Entry[]) => multipart([[`$ACTION_ID_${action.id}`, ""], ...entries]);

export function urlEncoded(entries: Entry[]): Body {
  const data = new URLSearchParams(entries.map(([name, value]) => [name, typeof value === "string" ? value : value.name]));
  return { contentType: "application/x-www-form-urlencoded", data: Buffer.from(data.toString()) };
}

/**
 * The text a page shows and carries, without the answers the person sent: the design sends
 * them back so nothing typed is lost, as `value` attributes (the `$ACTION_1:1` input carries
 * the action state, answers included, to the next post), `<textarea>` content and the form
 * state React hydrates the form from (the `self.__next_f.push([2, …])` script). Nonces go too.
 * What is left: the markup's text with entities decoded, and the strings of the page's RSC
 * payload.
 */
export function pageTextWithoutAnswers(html: string): string {
  const stripped = html
    .replace(/\svalue="[^"]*"/g, "")
    .replace(/(<textarea\b[^>]*>)[\s\S]*?(<\/textarea>)/g, "$1$2")
    .replace(/\snonce="[^"]*"/g, "");
  const payload = scripts(stripped)
    .map((s) => /^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/.exec(s.text)?.[1])
    .flatMap((args) => (args ? [JSON.parse(args) as unknown[]] : []))
    .filter(([kind]) => kind !== 2)
    .flatMap((chunk) => chunk.filter((part): part is string => typeof part === "string"));
  return [decodeEntities(markup(stripped)), ...payload].join("\n");
}

/** The rows of an RSC response by id. Text rows ("<id>:T<hex byte length>,<text>") may span lines. */
export function flightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  for (let at = 0; at < body.length; ) {
    const colon = body.indexOf(":", at);
    if (colon < 0) break;
    const id = body.toString("latin1", at, colon);
    const comma = body.indexOf(",", colon);
    if (body[colon + 1] === 0x54 /* T */ && comma > 0) {
      const end = comma + 1 + parseInt(body.toString("latin1", colon + 2, comma), 16);
      rows.set(id, body.toString("utf8", comma + 1, end));
      at = end;
    } else {
      const newline = body.indexOf("\n", colon);
      const end = newline < 0 ? body.length : newline;
      rows.set(id, body.toString("utf8", colon + 1, end));
      at = end + 1;
    }
  }
  return rows;
}

export type ActionState = { status?: string; message?: string; fieldErrors?: Record<string, string>; values?: unknown };

/** A model row's JSON; null for other rows (an error row is "E{…}", a hint row "HL[…]"). */
function model(row: string | undefined): unknown {
  try {
    return JSON.parse(row ?? "null");
  } catch {
    return null;
  }
}

/** What the action returned, from an RSC response to a JavaScript post (row 0 names its row: "$@1"). */
export function actionResult(rows: Map<string, string>): { id: string; state: ActionState | null } {
  const id = /^\$@([0-9a-f]+)$/.exec(String((model(rows.get("0")) as { a?: unknown } | null)?.a ?? ""))?.[1] ?? "";
  const state = model(rows.get(id));
  return { id, state: id && typeof state === "object" ? (state as ActionState | null) : null };
}

/**
 * The text of an RSC response to a JavaScript post without the answers sent back: the action
 * state's `values`, which the form reads its inputs back from, and the text rows they refer to
 * (long strings are sent as rows of their own).
 */
export function flightWithoutAnswers(rows: Map<string, string>): string {
  const { id, state } = actionResult(rows);
  const left = new Map(rows);
  if (state && typeof state === "object" && "values" in state) {
    const { values, ...rest } = state;
    for (const [, ref] of JSON.stringify(values).matchAll(/"\$([0-9a-f]+)"/g)) left.delete(ref!);
    left.set(id, JSON.stringify(rest));
  }
  return [...left.values()].join("\n");
}

/** `value` as it may appear in text: as is, or escaped inside a JSON string. */
export const occurs = (text: string, value: string) => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1));
