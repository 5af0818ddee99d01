// Every fixture's outputs, byte for byte, against tests/golden/<id>/ (regenerate with
// `npm run golden`, then read the diff). A failure lists the records that changed, not the files;
// a CSV fails on its own only when a writer changed.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtures, runWithSource } from "./fixtures.js";
import { articleJson } from "../src/write/json.js";
import { tables } from "../src/write/tables.js";
import { toCsv } from "../src/write/csv.js";
import { articleDiff, topLevelDifferences } from "../src/evaluate/diff.js";

describe.each(fixtures())("golden outputs of $id", (f) => {
  const { article, source } = runWithSource(f);
  const dir = `tests/golden/${f.id}`;

  it("article.json is unchanged", () => {
    const expected = readFileSync(`${dir}/article.json`, "utf8");
    const actual = articleJson(article);
    if (actual !== expected) {
      const lines = articleDiff(JSON.parse(expected), article);
      const why = lines.length ? lines.join("\n") : `no record differs, only ${topLevelDifferences(JSON.parse(expected), article)}`;
      expect.fail(`article.json differs from ${dir} (npm run golden to regenerate):\n${why}`);
    }
  });

  // The CSVs render article.json: when records change, the test above lists them, and every later
  // row would differ here too. So this compares the golden CSVs with what the current writers make
  // of the golden article.json: a difference is the writers' own.
  it("every CSV is what the current writers make of the golden article.json", async () => {
    const t = tables(JSON.parse(readFileSync(`${dir}/article.json`, "utf8")), source);
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
