// Properties over every record of every fixture: provenance (source.slice(start, end) === text),
// the schema, ids and links that resolve, and byte-identical output from two runs.
import { describe, expect, it } from "vitest";
import { fixtures, run, sourceText } from "./fixtures.js";
import { ArticleSchema, sourcedRecords } from "../src/schema/article.js";
import { articleJson } from "../src/write/json.js";

describe.each(fixtures())("invariants of $id", (f) => {
  const article = run(f);
  const source = sourceText(f);

  it("every record's text is the source between its offsets", () => {
    const records = sourcedRecords(article);
    expect(records.length).toBeGreaterThan(50);
    const broken = records.filter((r) => source.slice(r.start, r.end) !== r.text).map((r) => r.id);
    expect(broken).toEqual([]);
  });

  it("sections and paragraphs lie inside the source, in order, without overlap", () => {
    let last = 0;
    for (const s of article.sections) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeLessThanOrEqual(source.length);
      for (const p of s.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(s.start);
        expect(p.end).toBeLessThanOrEqual(s.end);
        expect(source.slice(p.start, p.end).trim()).not.toBe("");
      }
      last = s.end;
    }
  });

  it("matches its schema, and every id it links to exists", () => {
    expect(() => ArticleSchema.parse(article)).not.toThrow();
    const sections = new Set(article.sections.map((s) => s.id));
    const notes = new Set(article.footnotes.notes.map((n) => n.id));
    const markers = new Set(article.footnotes.markers.map((m) => m.id));
    for (const r of [...article.dates, ...article.numbers, ...article.organisations, ...article.treaties]) expect(sections.has(r.section)).toBe(true);
    for (const m of article.footnotes.markers) if (m.note) expect(notes.has(m.note)).toBe(true);
    for (const n of article.footnotes.notes) for (const m of n.markers) expect(markers.has(m)).toBe(true);
  });

  it("two records of one kind never overlap", () => {
    for (const kind of ["dates", "numbers", "organisations", "treaties"] as const) {
      const rs = [...article[kind]].sort((a, b) => a.start - b.start);
      for (let i = 1; i < rs.length; i++) expect(rs[i].start, `${kind} ${rs[i - 1].id} / ${rs[i].id}`).toBeGreaterThanOrEqual(rs[i - 1].end);
    }
  });

  it("two runs give byte-identical output", () => {
    expect(articleJson(run(f))).toBe(articleJson(article));
  });
});
