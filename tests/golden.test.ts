// Every fixture's outputs, byte for byte, against tests/golden/<id>/ (regenerate with
// `npm run golden`, then read the diff). A failure lists the records that changed, not the files.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtures, runWithSource } from "./fixtures.js";
import { articleJson } from "../src/write/json.js";
import { tables } from "../src/write/tables.js";
import { toCsv } from "../src/write/csv.js";
import { articleDiff } from "../src/evaluate/diff.js";

describe.each(fixtures())("golden outputs of $id", (f) => {
  const { article, source, sentences } = runWithSource(f);
  const dir = `tests/golden/${f.id}`;

  it("article.json is unchanged", () => {
    const expected = readFileSync(`${dir}/article.json`, "utf8");
    const actual = articleJson(article);
    if (actual !== expected) expect.fail(`article.json differs from ${dir} (npm run golden to regenerate):\n${articleDiff(JSON.parse(expected), article).join("\n")}`);
  });

  it("every CSV is unchanged", async () => {
    const t = tables(article, { source, sentences });
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
