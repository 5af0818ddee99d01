// The pipeline against the raw libraries it stands on, on the sample, with the same scorer: the
// table is printed so the gain is visible, and the pipeline must beat each library per kind.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chronoBaseline, compromiseBaseline, winkBaseline, type Baseline } from "./support/baselines.js";
import { score } from "../src/evaluate/score.js";
import { fixtures, run, sourceText } from "./fixtures.js";

const sample = fixtures().find((f) => f.id === "mdc-2023-07-azerbaijan-turkiye-military-relations")!;
const gold = JSON.parse(readFileSync(sample.goldPath, "utf8"));
const source = sourceText(sample);
const kinds = ["dates", "numbers", "organisations", "treaties"] as const;
const asArticle = (b: Baseline) => ({ ...b, footnotes: { markers: [], notes: [] }, sections: [], metadata: {} });

describe("gain over the raw libraries on the sample", () => {
  const ours = score(JSON.parse(JSON.stringify(run(sample))), gold, source).report;
  const libraries = {
    compromise: score(asArticle(compromiseBaseline(source)), gold, source).report,
    "wink-nlp": score(asArticle(winkBaseline(source)), gold, source).report,
    "chrono-node": score(asArticle(chronoBaseline(source)), gold, source).report,
  };
  const rows = kinds.map(
    (k) => `${k.padEnd(14)} ${ours[k].f1.toFixed(3).padStart(8)} ${Object.values(libraries).map((r) => r[k].f1.toFixed(3).padStart(12)).join("")}`,
  );
  console.log(`\nF1 on the sample     pipeline ${Object.keys(libraries).map((n) => n.padStart(12)).join("")}\n${rows.join("\n")}`);

  it.each(kinds)("the pipeline beats every raw library on %s", (k) => {
    for (const [name, r] of Object.entries(libraries)) expect(ours[k].f1, `${name} ${k}`).toBeGreaterThan(r[k].f1);
  });
});
