// `npm run evaluate` must count exactly as the shared scorer does. Its output on a frozen
// article.json is recorded (tests/fixtures/<sample>/shared-score.json, made with
// `node ../shared/eval/score.mjs ... --json --diff`), so this runs where ../shared is absent; where
// it is present, the live scorer is compared on the current output as well.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { score } from "../src/evaluate/score.js";
import { articleJson } from "../src/write/json.js";
import { fixtures, run, sourceText } from "./fixtures.js";

const id = "mdc-2023-07-azerbaijan-turkiye-military-relations";
const dir = `tests/fixtures/${id}`;
const source = readFileSync(`input/${id}.txt`, "utf8");
const gold = JSON.parse(readFileSync(`${dir}/${id}.gold.json`, "utf8"));

describe("the evaluator", () => {
  it("agrees with the recorded shared scorer on the frozen sample output", () => {
    const recorded = JSON.parse(readFileSync(`${dir}/shared-score.json`, "utf8"));
    const ours = score(JSON.parse(readFileSync(`${dir}/scored-article.json`, "utf8")), gold, source);
    expect(JSON.parse(JSON.stringify(ours.report))).toEqual(recorded.report);
    for (const kind of Object.keys(recorded.diffs).filter((k) => k !== "offsets")) expect(ours.diffs[kind]).toEqual(recorded.diffs[kind]);
  });

  it("finds misses: a record removed from the output lowers recall", () => {
    const article = JSON.parse(readFileSync(`${dir}/scored-article.json`, "utf8"));
    article.dates = article.dates.slice(1);
    const { report, diffs } = score(article, gold, source);
    expect(report.dates.r).toBeLessThan(1);
    expect(diffs.dates.missed.length).toBeGreaterThan(0);
  });

  const scorer = "../shared/eval/score.mjs";
  it.runIf(existsSync(scorer))("agrees with the live shared scorer on every fixture's current output", () => {
    for (const f of fixtures()) {
      const articlePath = `test-output/${f.id}.article.json`;
      mkdirSync("test-output", { recursive: true });
      const article = run(f);
      writeFileSync(articlePath, articleJson(article));
      const live = JSON.parse(execFileSync("node", [scorer, articlePath, f.goldPath, "--source", f.sourcePath, "--json"], { encoding: "utf8" }));
      const ours = score(JSON.parse(articleJson(article)), JSON.parse(readFileSync(f.goldPath, "utf8")), sourceText(f));
      expect(JSON.parse(JSON.stringify(ours.report)), f.id).toEqual(live);
    }
  });
});
