import { describe, expect, it } from "vitest";
import { decode, InputError } from "../src/ingest/decode.js";
import { articleView } from "../src/ingest/normalise.js";
import { identityView, toSource } from "../src/text/view.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("removes a leading BOM and nothing else", () => {
    const d = decode("a.txt", bytes("\uFEFFTitle\r\nText"));
    expect(d.text).toBe("Title\r\nText");
    expect(d.bomRemoved).toBe(true);
  });
  it.each([
    ["empty", new Uint8Array(), /empty/],
    ["white space only", bytes(" \n\t\n"), /white space/],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /binary/],
    ["Windows-1252", new Uint8Array([0x93, 0x71, 0x94, 0x20, 0x61]), /not valid UTF-8.*offset 0/],
  ])("rejects %s input with the file's name", (_, input, problem) => {
    expect(() => decode("in/x.txt", input)).toThrowError(InputError);
    expect(() => decode("in/x.txt", input)).toThrowError(problem);
    expect(() => decode("in/x.txt", input)).toThrowError(/^in\/x\.txt: /);
  });
});

describe("article view", () => {
  const view = (s: string) => articleView(identityView(s));
  it("folds CRLF and CR to LF and maps back to the source", () => {
    const src = "one\r\ntwo\rthree";
    const v = view(src);
    expect(v.text).toBe("one\ntwo\nthree");
    const at = v.text.indexOf("three");
    expect(src.slice(toSource(v, at, at + 5).start, toSource(v, at, at + 5).end)).toBe("three");
  });
  it("unwraps markdown emphasis and converter wrappers, keeping positions", () => {
    const src = "See *Daily News* and $\\underline{\\text{https://x.org/a_b$ end";
    const v = view(src);
    expect(v.text).toBe("See Daily News and https://x.org/a_b end");
    const at = v.text.indexOf("Daily News");
    const s = toSource(v, at, at + "Daily News".length);
    expect(src.slice(s.start, s.end)).toBe("Daily News");
    const u = v.text.indexOf("https");
    const us = toSource(v, u, u + "https://x.org/a_b".length);
    expect(src.slice(us.start, us.end)).toBe("https://x.org/a_b");
  });
  it("drops soft hyphens and zero-width spaces, keeps astral characters whole", () => {
    const src = "nego\u00ADtia\u200Btion 🚢 ship";
    const v = view(src);
    expect(v.text).toBe("negotiation 🚢 ship");
    const at = v.text.indexOf("ship");
    const s = toSource(v, at, at + 4);
    expect(src.slice(s.start, s.end)).toBe("ship");
  });
});
