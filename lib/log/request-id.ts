/**
 * Every request gets an id in this header from proxy.ts, which also returns it as a response
 * header; the logger adds it to each line written while the request is handled. No
 * `server-only` here: proxy.ts imports it.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/** A proxy in front may send its own id; one of these is kept, anything else could carry text a person typed. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export const isSafeRequestId = (value: string | null | undefined): value is string => typeof value === "string" && SAFE_REQUEST_ID.test(value);

/** The incoming id when it is a short plain token, else a fresh random one. */
export const requestIdFor = (incoming: string | null): string => (isSafeRequestId(incoming) ? incoming : crypto.randomUUID());
