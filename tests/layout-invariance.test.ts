// Unseen issues come in other layouts. The same article with CRLF line endings and a BOM, or with
// every paragraph hard-wrapped, must give the same records (their text with white space folded,
// and their values) as the original.
import { describe, expect, it } from "vitest";
import { fixtures, run, sourceText } from "./fixtures.js";
import { runArticle } from "../src/stages.js";
import type { Article } from "../src/schema/article.js";

const fold = (s: string) => s.replace(/\s+/g, " ").trim();
function summary(a: Article) {
  return {
    dates: a.dates.map((d) => `${fold(d.text)}=${d.value}`),
    numbers: a.numbers.map((n) => `${fold(n.text)}=${n.value} ${n.unit}`),
    organisations: a.organisations.map((o) => `${fold(o.text)}=${o.name}`),
    treaties: a.treaties.map((t) => `${fold(t.text)}=${t.name}`),
    markers: a.footnotes.markers.map((m) => `${m.text}=${m.number}`),
    notes: a.footnotes.notes.map((n) => `${n.number} ${n.urls.join(" ")}`),
    sections: a.sections.map((s) => `${s.kind}|${s.heading}|${s.paragraphs.length}`),
    metadata: a.metadata.title,
  };
}

/** Wraps every long line at spaces, as a hard-wrapping export does (URLs are never cut). */
function hardWrap(text: string, width = 72): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= width) return line;
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join("\n");
    })
    .join("\n");
}

const encode = (s: string) => new TextEncoder().encode(s);

describe.each(fixtures().filter((f) => !sourceText(f).includes("\r\n")))("layouts of $id", (f) => {
  const original = summary(run(f));
  const text = sourceText(f);

  it("CRLF line endings and a BOM change nothing", () => {
    const a = runArticle(f.id, f.sourcePath, encode(`\uFEFF${text.replace(/\n/g, "\r\n")}`));
    expect(summary(a)).toEqual(original);
  });

  it("hard-wrapped lines change nothing", () => {
    const a = runArticle(f.id, f.sourcePath, encode(hardWrap(text)));
    expect(summary(a)).toEqual(original);
  });

  it.runIf(run(f).footnotes.notes.every((n) => n.labelled))("a notes list without blank lines between entries, and wrapped, gives the same notes", () => {
    const notesAt = text.search(/\n(?:#+\s*)?(?:Notes|Endnotes|NOTES|ENDNOTES)\s*\n/);
    const packed = text.slice(0, notesAt) + hardWrap(text.slice(notesAt).replace(/\n[ \t]*\n(?=\S)/g, "\n").replace(/(Notes|ENDNOTES|Endnotes)\n/, "$1\n\n"));
    const a = summary(runArticle(f.id, f.sourcePath, encode(packed)));
    expect(a.notes).toEqual(original.notes);
    expect(a.markers).toEqual(original.markers);
    expect(a.dates).toEqual(original.dates);
  });
});

describe("front and back matter in other orders (the sample rearranged)", () => {
  const f = fixtures().find((x) => x.id === "mdc-2023-07-azerbaijan-turkiye-military-relations")!;
  const text = sourceText(f);
  const header = text.split("\n")[2];
  const title = text.split("\n")[4];
  const kinds = (t: string) => runArticle(f.id, f.sourcePath, encode(t)).sections.map((s) => s.kind);
  const original = kinds(text);

  it("the title before the header", () => {
    const swapped = text.replace(header, "\u0000").replace(title, header).replace("\u0000", title);
    expect(kinds(swapped)).toEqual(["title", "header", ...original.slice(2)]);
    expect(runArticle(f.id, f.sourcePath, encode(swapped)).metadata.authors).toEqual(["Cavid Veliyev"]);
  });

  it("no byline: the bio is still found by its shape", () => {
    expect(kinds(text.replace("\n\nDr. Cavid Veliyev\n\n", "\n\n"))).toEqual(original.filter((k) => k !== "byline"));
  });

  it("a References heading and numbered section headings", () => {
    const a = runArticle(f.id, f.sourcePath, encode(text.replace("\nNotes\n", "\nReferences\n").replace("\nConclusion\n", "\n4. Conclusion\n")));
    expect(a.sections.map((s) => s.kind)).toEqual(original);
    expect(a.sections.map((s) => s.heading)).toContain("4. Conclusion");
    expect(a.footnotes.notes).toHaveLength(23);
  });
});
