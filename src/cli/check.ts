// `npm run check`: re-runs the pipeline on input/ into a temporary folder and compares it with the
// committed output/, article by article and kind by kind. Exit 0 when identical, 1 when not (or
// when an input failed), 2 on a usage error. This is the command to put in CI.
import { parseCommand } from "./args.js";
import { command } from "./check-command.js";
import { check } from "./check-report.js";

export async function main(argv: string[]): Promise<number> {
  const args = parseCommand(command, argv);
  if (typeof args === "number") return args;
  const { input, output } = args.values;
  // what is compared, and how it is reported: check-report.ts
  return check(input, output);
}
