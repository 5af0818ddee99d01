// `npm run evaluate -- <article.json> <gold.json> [--source <input>] [--diff] [--json] [--min-f1 X]`
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, score } from "../evaluate/score.js";

const usage = "usage: npm run evaluate -- ARTICLE.json GOLD.json [--source INPUT] [--diff] [--json] [--min-f1 X]";

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { source: { type: "string" }, diff: { type: "boolean" }, json: { type: "boolean" }, "min-f1": { type: "string" }, help: { type: "boolean" } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const [predPath, goldPath] = args.positionals;
  if (!predPath || !goldPath) {
    console.error(usage);
    return 2;
  }
  let pred, gold, source: string | null;
  try {
    pred = JSON.parse(readFileSync(predPath, "utf8"));
    gold = JSON.parse(readFileSync(goldPath, "utf8"));
    source = args.values.source ? readFileSync(args.values.source, "utf8").replace(/^\uFEFF/, "") : null;
  } catch (e) {
    console.error(`cannot read the inputs: ${(e as Error).message}`);
    return 2;
  }
  const { report, diffs } = score(pred, gold, source);
  if (args.values.json) console.log(JSON.stringify(args.values.diff ? { report, diffs } : report, null, 1));
  else console.log(formatReport(report, args.values.diff ? diffs : null));
  const min = args.values["min-f1"];
  return min !== undefined && report.macroF1 < Number(min) ? 1 : 0;
}

