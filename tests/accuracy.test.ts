// Accuracy of every fixture against its gold file, with the thresholds the project holds itself
// to; the table of each is printed so a change that costs accuracy is seen in the test log.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtures, run, sourceText } from "./fixtures.js";
import { formatReport, score } from "../src/evaluate/score.js";

const sample = "mdc-2023-07-azerbaijan-turkiye-military-relations";

describe.each(fixtures())("accuracy on $id", (f) => {
  const gold = JSON.parse(readFileSync(f.goldPath, "utf8"));
  const { report } = score(JSON.parse(JSON.stringify(run(f))), gold, sourceText(f));
  console.log(`\n${f.id}\n${formatReport(report, null)}`);

  it("structure and footnotes: sections, paragraphs, markers, notes F1 ≥ 0.95, URLs ≥ 0.95, metadata right, offsets exact", () => {
    for (const k of ["sections", "paragraphs", "markers", "notes"]) expect(report[k].f1, k).toBeGreaterThanOrEqual(0.95);
    expect(report.notes.urlAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.metadata.right).toBe(report.metadata.fields);
    expect(report.offsets.violations).toBe(0);
  });

  it(f.id === sample ? "entities on the sample: dates ≥ 0.95, macro F1 ≥ 0.95" : "entities: macro F1 ≥ 0.85", () => {
    if (f.id === sample) {
      expect(report.dates.f1).toBeGreaterThanOrEqual(0.95);
      expect(report.numbers.f1).toBeGreaterThanOrEqual(0.9);
      expect(report.macroF1).toBeGreaterThanOrEqual(0.95);
    } else expect(report.macroF1).toBeGreaterThanOrEqual(0.85);
  });
});
