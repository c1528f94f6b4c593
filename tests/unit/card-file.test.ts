import {
  CARD_ACCEPT,
  CARD_FILE_MAX_BYTES,
  CARD_FILES_TOTAL_MAX_BYTES,
  CARD_FORMATS,
  cardFile,
  kindOfName,
  MB,
  megabytes,
} from "@/lib/validation/card-file";

/**
 * A file-like value without the bytes: the schema duck-types ({ name, size, arrayBuffer }),
 * so sizes of many megabytes need no allocation.
 */
function fakeFile(name: string, size: number) {
  return { name, size, arrayBuffer: async () => new ArrayBuffer(0) };
}

/** What react-hook-form gives for a file input: a FileList, empty or with the chosen file. */
function fileList(...files: unknown[]) {
  return { length: files.length, item: (i: number) => files[i] ?? null };
}

function parse(value: unknown) {
  const result = cardFile.safeParse(value);
  return { result, messages: result.success ? [] : result.error.issues.map((i) => i.message) };
}

const EMPTY = "This file is empty. Please take the photo again or choose another file.";
const FORMAT = `Choose a photo or scan in ${CARD_FORMATS} format.`;
const NOT_A_FILE = "Choose a photo or scan of your card.";
const tooBig = (size: string) =>
  `This file is ${size}; each file can be up to 10 MB. Take the photo at a lower resolution or choose a smaller file.`;

describe("card-file limits", () => {
  it("are 10 MB a file and 20 MB in all", () => {
    expect(MB).toBe(1024 * 1024);
    expect(CARD_FILE_MAX_BYTES).toBe(10 * MB);
    expect(CARD_FILES_TOTAL_MAX_BYTES).toBe(20 * MB);
    expect(CARD_FORMATS).toBe("JPEG, PNG, HEIC or PDF");
  });

  it("offers the accepted types and extensions to the file picker", () => {
    const accept = CARD_ACCEPT.split(",");
    for (const type of ["image/jpeg", "image/png", "image/heic", "image/heif", "application/pdf"]) expect(accept).toContain(type);
    for (const ext of [".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".heic", ".heif", ".pdf"]) expect(accept).toContain(ext);
    expect(accept).not.toContain(".gif");
    expect(accept).not.toContain("image/gif");
  });

  it.each([
    [10 * MB, "10 MB"],
    [12.5 * MB, "12.5 MB"],
    [25 * MB, "25 MB"],
    [0.5 * MB, "0.5 MB"],
  ])("megabytes(%p) is %p", (bytes, text) => {
    expect(megabytes(bytes)).toBe(text);
  });
});

describe("kindOfName", () => {
  it.each([
    ["card.jpg", "jpeg"],
    ["card.jpeg", "jpeg"],
    ["card.jpe", "jpeg"],
    ["card.jfif", "jpeg"],
    ["IMG_0001.JPG", "jpeg"],
    ["Card.JpEg", "jpeg"],
    ["scan.png", "png"],
    ["IMG_4821.HEIC", "heif"],
    ["photo.heif", "heif"],
    ["insurance card.pdf", "pdf"],
    ["Scan.PDF", "pdf"],
    ["card.back.jpg", "jpeg"], // only the last extension counts
    ["invoice.exe.png", "png"],
  ])("%p claims %p", (name, kind) => {
    expect(kindOfName(name)).toBe(kind);
  });

  it.each([
    ["card", "no dot"],
    ["", "an empty name"],
    [".jpg", "a leading dot only (a hidden file's name, not an extension)"],
    [".gif", "a leading dot only"],
  ])("%p has no extension (%s)", (name) => {
    expect(kindOfName(name)).toBe("");
  });

  it.each(["card.gif", "card.txt", "card.webp", "card.tiff", "card.jpg.exe", "card.tar.gz", "card.", "card.jpg ", "card.svg", "card.html"])(
    "%p claims no accepted kind",
    (name) => {
      expect(kindOfName(name)).toBeUndefined();
    },
  );
});

describe("cardFile: no file chosen", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an empty string (a no-JavaScript post of a text value)", ""],
    ["an empty, unnamed File (a no-JavaScript multipart post)", new File([], "")],
    ["an empty FileList (react-hook-form)", fileList()],
    ["a FileList-like object whose item() returns null", { length: 0, item: () => null }],
  ])("accepts %s as no file", (_, value) => {
    const { result, messages } = parse(value);
    expect(messages).toEqual([]);
    expect(result.data).toBeUndefined();
  });
});

describe("cardFile: a chosen file", () => {
  it("passes the same File object through", () => {
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], "card.jpg", { type: "image/jpeg" });
    expect(parse(file).result.data).toBe(file);
  });

  it("takes the first file of a FileList", () => {
    const file = new File(["x"], "card.png");
    expect(parse(fileList(file)).result.data).toBe(file);
  });

  it("accepts a duck-typed file-like object (size, name, arrayBuffer)", () => {
    const file = fakeFile("card.pdf", 3 * MB);
    expect(parse(file).result.data).toBe(file);
  });

  it.each(["card.jpg", "CARD.JPG", "scan.PDF", "IMG_0001.HEIC", "back.png", "card", "Scan from phone"])(
    "accepts the name %p (no extension is left to the server's magic-byte check)",
    (name) => {
      expect(parse(new File(["x"], name)).messages).toEqual([]);
    },
  );

  it("ignores the type the browser claims: the name decides here, the bytes on the server", () => {
    expect(parse(new File(["x"], "card.jpg", { type: "text/plain" })).messages).toEqual([]);
    expect(parse(new File(["x"], "card.gif", { type: "image/jpeg" })).messages).toEqual([FORMAT]);
  });
});

describe("cardFile: rejected files", () => {
  it("rejects a 0-byte file that has a name", () => {
    expect(parse(new File([], "card.jpg")).messages).toEqual([EMPTY]);
    expect(parse(fileList(new File([], "card.jpg"))).messages).toEqual([EMPTY]);
  });

  it("reports an empty file as empty even when its extension is not accepted", () => {
    expect(parse(new File([], "card.gif")).messages).toEqual([EMPTY]);
  });

  it.each([
    [12.5 * MB, "12.5 MB"],
    [25 * MB, "25 MB"],
    [500 * MB, "500 MB"],
  ])("rejects a file of %p bytes with its size and the 10 MB limit", (size, text) => {
    expect(parse(fakeFile("card.jpg", size)).messages).toEqual([tooBig(text)]);
  });

  it("accepts exactly 10 MB and rejects one byte more", () => {
    expect(parse(fakeFile("card.jpg", CARD_FILE_MAX_BYTES)).messages).toEqual([]);
    const [message, ...rest] = parse(fakeFile("card.jpg", CARD_FILE_MAX_BYTES + 1)).messages;
    expect(rest).toEqual([]);
    expect(message).toContain("each file can be up to 10 MB");
  });

  it("reports the size before the format of a large file of the wrong kind", () => {
    expect(parse(fakeFile("movie.mov", 25 * MB)).messages).toEqual([tooBig("25 MB")]);
  });

  it.each(["card.gif", "card.txt", "card.webp", "card.jpg.exe", "card.svg", "card."])("rejects %p by its format", (name) => {
    expect(parse(new File(["x"], name)).messages).toEqual([FORMAT]);
  });

  it.each([
    ["a string (a file name)", "card.jpg"],
    ["a number", 42],
    ["true", true],
    ["an array of files", [new File(["x"], "card.jpg")]],
    ["an object without arrayBuffer", { name: "card.jpg", size: 10 }],
    ["an object without a name", { size: 10, arrayBuffer: async () => new ArrayBuffer(0) }],
    ["an object whose size is a string", { name: "card.jpg", size: "10", arrayBuffer: async () => new ArrayBuffer(0) }],
    ["a FileList holding a string", fileList("card.jpg")],
  ])("rejects %s as not a file", (_, value) => {
    expect(() => cardFile.safeParse(value)).not.toThrow();
    expect(parse(value).messages).toEqual([NOT_A_FILE]);
  });
});
