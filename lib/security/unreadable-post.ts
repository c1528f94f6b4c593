/**
 * Next.js answers a form post it cannot decode (a broken multipart body, action fields that are
 * not JSON, a post from another origin) with a 500 before any code of ours runs, and logs the
 * parser's error, which can quote the body: patient answers. proxy.ts asks this first and
 * turns such posts away with a 4xx. Browsers never send them; hand-made clients and fuzzers do.
 */

export type Refusal = { status: 400 | 403 | 411; reason: "origin" | "length" | "body" };

/** React's encoded action arguments and state: `$ACTION_1:0`, `$ACTION_1:1`, and in fetch posts "0", "1"…. */
const jsonField = (name: string, action: boolean) => /^\$ACTION_\d+:\d+$/.test(name) || (action && /^\d+$/.test(name));

/**
 * A fetch post without files sends its arguments as one JSON array. A string starting with a
 * single "$" is a reference React resolves from other parts of a multipart body (a plain "$" in
 * a value is sent as "$$"); a text body has no other parts, so only self-contained ones can decode.
 */
const SELF_CONTAINED = /^\$(\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|D|n-?\d+$)/;
const decodable = (value: unknown): boolean =>
  typeof value === "string"
    ? !value.startsWith("$") || SELF_CONTAINED.test(value)
    : typeof value !== "object" || value === null || Object.values(value).every(decodable);

function textArguments(text: string): boolean {
  try {
    const root: unknown = JSON.parse(text);
    return Array.isArray(root) && decodable(root);
  } catch {
    return false;
  }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Next.js compares the Origin with the host the browser asked for (X-Forwarded-Host behind a proxy). */
function fromThisHost(origin: string, headers: Headers): boolean {
  try {
    return new URL(origin).host === (headers.get("x-forwarded-host") ?? headers.get("host"));
  } catch {
    return false; // "null", or not a URL
  }
}

export async function refuseUnreadablePost(request: Request): Promise<Refusal | undefined> {
  if (request.method !== "POST") return undefined;
  const type = request.headers.get("content-type") ?? "";
  const action = request.headers.has("next-action");
  const multipart = /^multipart\/form-data/i.test(type);
  if (!action && !multipart && !/^application\/x-www-form-urlencoded/i.test(type)) return undefined;

  const origin = request.headers.get("origin");
  if (origin !== null && !fromThisHost(origin, request.headers)) return { status: 403, reason: "origin" };
  // Without a length the size limit cannot be checked up front, and Next cuts the body short.
  if (!request.headers.has("content-length")) return { status: 411, reason: "length" };

  if (multipart) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return { status: 400, reason: "body" };
    }
    for (const [name, value] of form) {
      if (jsonField(name, action) && typeof value === "string" && !parsesAsJson(value)) return { status: 400, reason: "body" };
    }
  } else if (action && /^text\/plain/i.test(type) && !textArguments(await request.clone().text())) {
    return { status: 400, reason: "body" };
  }
  return undefined;
}
