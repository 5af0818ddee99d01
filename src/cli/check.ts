// `npm run check`: re-runs the pipeline on input/ into a temporary folder and compares it with the
// committed output/, article by article and kind by kind. Exit 0 when identical, 1 when not (or
// when an input failed), 2 on a usage error. This is the command to put in CI.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleDiff } from "../evaluate/diff.js";
import { parseCommand } from "./args.js";
import { command } from "./check-command.js";
import { main as pipeline } from "./pipeline.js";

export async function main(argv: string[]): Promise<number> {
  const args = parseCommand(command, argv);
  if (typeof args === "number") return args;
  const { input, output } = args.values;
  const fresh = mkdtempSync(join(tmpdir(), "bulletin-check-"));
  try {
    const status = await pipeline([input, "--out", fresh, "--quiet"]);
    const ids = new Set([...dirs(output), ...dirs(fresh)]);
    let differences = 0;
    for (const id of [...ids].sort()) {
      const was = join(output, id);
      const now = join(fresh, id);
      if (!existsSync(now)) {
        console.log(`${id}: in ${output}/ but no longer produced`);
        differences++;
        continue;
      }
      if (!existsSync(was)) {
        console.log(`${id}: new, not in ${output}/`);
        differences++;
        continue;
      }
      const lines = articleDiff(JSON.parse(readFileSync(join(was, "article.json"), "utf8")), JSON.parse(readFileSync(join(now, "article.json"), "utf8")));
      const files = readdirSync(now).filter((f) => f !== "article.json" && (!existsSync(join(was, f)) || !readFileSync(join(was, f)).equals(readFileSync(join(now, f)))));
      if (lines.length || files.length) {
        differences++;
        console.log(`${id}: ${lines.length} record differences${files.length ? `; files differ: ${files.join(", ")}` : ""}`);
        for (const l of lines) console.log(`  ${l}`);
      }
    }
    for (const f of readdirSync(fresh).filter((f) => f.endsWith(".csv") || f.endsWith(".xlsx")))
      if (!existsSync(join(output, f)) || !readFileSync(join(output, f)).equals(readFileSync(join(fresh, f)))) {
        console.log(`${f}: differs from ${output}/${f}`);
        differences++;
      }
    console.log(differences ? `${differences} differences from ${output}/` : `identical to ${output}/`);
    return differences || status !== 0 ? 1 : 0;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

const dirs = (p: string) => (existsSync(p) ? readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "schema").map((d) => d.name) : []);

