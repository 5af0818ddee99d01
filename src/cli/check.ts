// `npm run check`: re-runs the pipeline on input/ into a temporary folder and compares it with the
// committed output/, article by article and kind by kind. Exit 0 when identical, 1 when not (or
// when an input failed), 2 on a usage error. This is the command to put in CI.
import { parseArgs } from "node:util";
import { check } from "./check-report.js";

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { input: { type: "string", default: "input" }, output: { type: "string", default: "output" } } });
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: npm run check -- [--input DIR] [--output DIR]`);
    return 2;
  }
  const { input, output } = args.values as { input: string; output: string };
  // what is compared, and how it is reported: check-report.ts
  return check(input, output);
}
