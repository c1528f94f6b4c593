/** Upload sizes, in one module without dependencies so proxy.ts can use them too. */
export const MB = 1024 * 1024;
export const CARD_FILE_MAX_BYTES = 10 * MB;
/** All card images of one request together. */
export const CARD_FILES_TOTAL_MAX_BYTES = 20 * MB;
/**
 * The largest form post the server reads (next.config.js: serverActions.bodySizeLimit and
 * proxyClientMaxBodySize, kept equal by tests/unit/body-limit.test.ts). Above the files'
 * total, so files a little too large still get a field error with the answers kept.
 */
export const REQUEST_BODY_MAX_BYTES = 25 * MB;

/** Rounded up, so a file just over a limit never reads as the limit itself. */
export const megabytes = (bytes: number) => `${String(Math.ceil((bytes / MB) * 10) / 10)} MB`;
