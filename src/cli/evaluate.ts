// `npm run evaluate -- <article.json> <gold.json> [--source <input>] [--diff] [--json] [--min-f1 X]`
import { readFileSync } from "node:fs";
import { formatReport, score } from "../evaluate/score.js";
import { parseCommand, type Command, type Option } from "./args.js";

const command = {
  name: "npm run evaluate --",
  usage: "ARTICLE.json GOLD.json [options]",
  about: `Scores an output article.json against a hand-checked gold file, as ../shared/eval/score.mjs does:
precision, recall and F1 per record kind, and the macro F1.`,
  options: {
    source: { type: "string", value: "FILE", description: "the article's input text, to check every record's offsets against it" },
    diff: { type: "boolean", description: "list the records missed and the ones found in excess" },
    json: { type: "boolean", description: "print the report as JSON" },
    "min-f1": { type: "string", value: "X", description: "exit 1 when the macro F1 is below X (for CI)" },
  },
  positionals: { name: "ARTICLE.json and GOLD.json (two files)", min: 2 },
  more: "Exit codes: 0 scored (and at least --min-f1); 1 below --min-f1; 2 usage error or unreadable input.",
} satisfies Command<Record<string, Option>>;

export function main(argv: string[]): number {
  const args = parseCommand(command, argv);
  if (typeof args === "number") return args;
  const [predPath, goldPath] = args.positionals;
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

