import { describe, expect, it } from "vitest";
import { runArticle } from "../src/stages.js";
import { cleanUrl, findUrls } from "../src/footnotes/urls.js";

const article = (text: string) => runArticle("t", "t.txt", new TextEncoder().encode(text));
const head = "Title Here\n\nBy Al Bee\n\n";

describe("calls and notes", () => {
  it("links bracketed calls to `1.` labelled Endnotes both ways", () => {
    const a = article(`${head}A claim.[1] Another claim[2] here.\n\nEndnotes\n\n1. First source.\n\n2. Second source.`);
    expect(a.footnotes.markers.map((m) => [m.text, m.number, m.style, m.note])).toEqual([
      ["[1]", 1, "bracket", "note1"],
      ["[2]", 2, "bracket", "note2"],
    ]);
    expect(a.footnotes.notes.map((n) => [n.number, n.markers])).toEqual([[1, ["call1"]], [2, ["call2"]]]);
  });

  it("numbers a note that lost its label by its place, with a warning", () => {
    const a = article(`${head}Text.¹ More.² End.³\n\nNotes\n\n¹ One.\n\nA note without its label.\n\n³ Three.`);
    expect(a.footnotes.notes.map((n) => [n.number, n.labelled])).toEqual([[1, true], [2, false], [3, true]]);
    expect(a.warnings.map((w) => w.code)).toContain("note-label-inferred");
  });

  it("reads a plain digit after a sentence as a lost call only where the sequence has room", () => {
    const a = article(`${head}First.¹ The commander.2 It cost 2.5 million.³\n\nNotes\n\n¹ A.\n\n² B.\n\n³ C.`);
    expect(a.footnotes.markers.map((m) => [m.text, m.number])).toEqual([["¹", 1], ["2", 2], ["³", 3]]);
    expect(a.warnings.filter((w) => w.code === "call-plain-digit")).toHaveLength(1);
  });

  it("warns about calls without notes and notes without calls", () => {
    const a = article(`${head}Text.[1] More.[3]\n\nNotes\n\n[1] A.\n\n[2] B.`);
    const codes = a.warnings.map((w) => `${w.code}`);
    expect(codes).toEqual(expect.arrayContaining(["call-without-note", "note-without-call"]));
  });

  it("repairs a URL broken across lines and gives a displaced URL back to its note", () => {
    const a = article(`${head}Text.¹ More.²\n\nNotes\n\nhttps://example.org/full/text\n\n¹ For the text, see:\n\n² Report, https://example.org/reports/2021/\nnile-talks.html, accessed 2022.`);
    expect(a.footnotes.notes.map((n) => n.urls)).toEqual([["https://example.org/full/text"], ["https://example.org/reports/2021/nile-talks.html"]]);
    expect(a.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["url-displaced", "url-repaired"]));
  });
});

describe("URLs", () => {
  it.each([
    ["https://a.org/x.", "https://a.org/x"],
    ["<https://a.org/x>.", "https://a.org/x"],
    ["https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"],
    ["https://a.org/x),", "https://a.org/x"],
  ])("cleans %s", (raw, clean) => expect(cleanUrl(raw)).toBe(clean));
  it("does not join the next line when it starts a new sentence", () => {
    expect(findUrls("see https://a.org/x\nThe next note.").map((u) => u.url)).toEqual(["https://a.org/x"]);
  });
});
