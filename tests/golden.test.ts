// Every fixture's outputs, byte for byte, against tests/golden/<id>/ (regenerate with
// `npm run golden`, then read the diff). A failure lists the records that changed, not the files.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtures, run } from "./fixtures.js";
import { articleJson } from "../src/write/json.js";
import { tables } from "../src/write/tables.js";
import { toCsv } from "../src/write/csv.js";
import type { Article } from "../src/schema/article.js";

const kinds = ["dates", "numbers", "organisations", "treaties"] as const;

function recordDiff(expected: Article, actual: Article): string {
  const lines: string[] = [];
  const key = (r: { start: number; end: number; text: string }) => `${r.start}-${r.end} ${JSON.stringify(r.text)}`;
  const pairs: Array<[string, Array<{ start: number; end: number; text: string }>, Array<{ start: number; end: number; text: string }>]> = [
    ...kinds.map((k) => [k, expected[k], actual[k]] as [string, typeof expected.dates, typeof actual.dates]),
    ["markers", expected.footnotes.markers, actual.footnotes.markers],
    ["notes", expected.footnotes.notes, actual.footnotes.notes],
  ];
  for (const [kind, e, a] of pairs) {
    const ek = new Map(e.map((r) => [key(r), JSON.stringify(r)]));
    const ak = new Map(a.map((r) => [key(r), JSON.stringify(r)]));
    for (const [k, v] of ek) if (!ak.has(k)) lines.push(`${kind} removed: ${k}`);
    else if (ak.get(k) !== v) lines.push(`${kind} changed: ${k}\n    was ${v}\n    now ${ak.get(k)}`);
    for (const k of ak.keys()) if (!ek.has(k)) lines.push(`${kind} added: ${k}`);
  }
  if (JSON.stringify(expected.sections) !== JSON.stringify(actual.sections)) lines.push("sections changed");
  if (JSON.stringify(expected.metadata) !== JSON.stringify(actual.metadata)) lines.push(`metadata changed: ${JSON.stringify(actual.metadata)}`);
  if (JSON.stringify(expected.warnings) !== JSON.stringify(actual.warnings)) lines.push("warnings changed");
  return lines.join("\n");
}

describe.each(fixtures())("golden outputs of $id", (f) => {
  const article = run(f);
  const dir = `tests/golden/${f.id}`;

  it("article.json is unchanged", () => {
    const expected = readFileSync(`${dir}/article.json`, "utf8");
    const actual = articleJson(article);
    if (actual !== expected) expect.fail(`article.json differs from ${dir} (npm run golden to regenerate):\n${recordDiff(JSON.parse(expected), article)}`);
  });

  it("every CSV is unchanged", async () => {
    const t = tables(article);
    const files = readdirSync(dir).filter((n) => n.endsWith(".csv")).sort();
    expect(files).toEqual(Object.keys(t).map((k) => `${k}.csv`).sort());
    for (const [kind, table] of Object.entries(t)) {
      const expected = readFileSync(`${dir}/${kind}.csv`, "utf8").split("\r\n");
      const actual = (await toCsv(table)).split("\r\n");
      const first = actual.findIndex((line, i) => line !== expected[i]);
      if (first >= 0 || actual.length !== expected.length)
        expect.fail(`${kind}.csv differs at row ${first}:\n  expected ${expected[first]}\n  actual   ${actual[first]}`);
    }
  });
});
