// The options of `npm run check` (src/cli/check.ts), apart so that the comparison code and its
// command line change independently.
import type { Command, Option } from "./args.js";

export const command = {
  name: "npm run check --",
  usage: "[--input DIR] [--output DIR]",
  about: `Re-runs the pipeline on the input folder into a temporary folder and compares the result with
the committed output folder, article by article and record by record.`,
  options: {
    input: { type: "string", value: "DIR", default: "input", description: "the articles to run" },
    output: { type: "string", value: "DIR", default: "output", description: "the committed output to compare with" },
  },
  more: "Exit codes: 0 identical; 1 differences (or an input failed); 2 usage error.",
} satisfies Command<Record<string, Option>>;
