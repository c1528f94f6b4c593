/** proxy.ts's first look at a form post: what Next.js could not decode is refused with a 4xx, the rest passes. */
import { refuseUnreadablePost } from "@/lib/security/unreadable-post";

const URL = "http://clinic.example.test/appointments";
const BOUNDARY = "b0undary";

function multipart(fields: [string, string][], boundary = BOUNDARY): string {
  return fields.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
}

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(URL, {
    method: "POST",
    body,
    headers: {
      host: "clinic.example.test",
      origin: "http://clinic.example.test",
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    },
  });
}

const form = multipart([
  ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
  ["$ACTION_1:1", '[{"status":"idle"}]'],
  ["firstName", "Marisol"],
  ["7", "not json, and a plain field of a post without JavaScript"],
]);

describe("refuseUnreadablePost", () => {
  it("lets a well-formed form post through, and anything that is not a form post", async () => {
    expect(await refuseUnreadablePost(post(form))).toBeUndefined();
    expect(await refuseUnreadablePost(new Request(URL))).toBeUndefined();
    expect(await refuseUnreadablePost(post("{}", { "content-type": "application/json" }))).toBeUndefined();
    const text = { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" };
    expect(await refuseUnreadablePost(post('[1,"$$5 off","$undefined",{"at":"$D2026-01-01"}]', text))).toBeUndefined();
  });

  it("refuses a post from another origin, or from an opaque one", async () => {
    expect(await refuseUnreadablePost(post(form, { origin: "https://elsewhere.example" }))).toEqual({ status: 403, reason: "origin" });
    expect(await refuseUnreadablePost(post(form, { origin: "null" }))).toEqual({ status: 403, reason: "origin" });
  });

  it("compares the origin with the host a proxy forwarded", async () => {
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "clinic.example.test" };
    expect(await refuseUnreadablePost(post(form, proxied))).toBeUndefined();
  });

  it("refuses a post without a length (chunked), whose size cannot be checked first", async () => {
    const request = post(form);
    request.headers.delete("content-length");
    expect(await refuseUnreadablePost(request)).toEqual({ status: 411, reason: "length" });
  });

  it.each([
    ["a wrong boundary", post(multipart([["a", "b"]], "other"))],
    ["a body cut in half", post(form.slice(0, form.length / 2))],
    ["action state that is not JSON", post(multipart([["$ACTION_1:1", "[{"]]))],
    ["a fetch post whose argument is not JSON", post(multipart([["0", "Zqxw{"]]), { "next-action": "abc" })],
    ["a text body of a fetch post that is not JSON", post("Zqxw{", { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" })],
    ["a text body whose arguments are not a list", post('"x"', { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" })],
    ["a text body that refers to parts it does not have", post('[{"a":"$Q1"}]', { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" })],
  ])("refuses %s with a 400", async (_, request) => {
    expect(await refuseUnreadablePost(request)).toEqual({ status: 400, reason: "body" });
  });
});
