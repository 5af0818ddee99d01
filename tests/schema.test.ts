// The schemas stand alone: they depend on nothing but zod (so that importing them never loads the
// NLP model), and the closed lists they hold are the ones the README documents.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { warningCodes, WarningSchema } from "../src/schema/common.js";

const root = resolve(import.meta.dirname, "..");
const schemaDir = join(root, "src", "schema");

/** Every static import (and re-export) reached from `entry`, followed through schema files only:
 *  returns what is reached that is neither zod nor a file of src/schema/. */
function outsideImports(entry: string): string[] {
  const outside: string[] = [];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      const from = relative(root, file);
      if (!spec.startsWith(".")) {
        if (spec !== "zod" && !spec.startsWith("zod/")) outside.push(`${from} → ${spec}`);
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      if (dirname(target) !== schemaDir) outside.push(`${from} → ${relative(root, target)}`);
      else queue.push(target);
    }
  }
  return outside.sort();
}

describe("schemas depend on nothing but zod", () => {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith(".ts"));

  it.each(files)("src/schema/%s reaches only zod and other schema files", (f) => {
    expect(outsideImports(join(schemaDir, f))).toEqual([]);
  });

  it("the walk does see imports outside the schemas (checked on a module that has them)", () => {
    const found = outsideImports(join(root, "src", "stages.ts"));
    expect(found).toContain("src/stages.ts → src/ingest/decode.ts");
  });
});

describe("warning codes", () => {
  // the README's table between its two markers: | `code` | meaning |
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const table = /<!-- warning codes[^\n]*-->\n([\s\S]*?)<!-- end of warning codes -->/.exec(readme)?.[1] ?? "";
  const rows = [...table.matchAll(/^\| `([^`]+)` \| (.+?) \|$/gm)].map((m) => [m[1], m[2]]);

  it("the README lists every code with its meaning, as src/schema/common.ts does, in the same order", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(Object.entries(warningCodes));
  });

  it("the schema accepts the listed codes and rejects any other", () => {
    for (const code of Object.keys(warningCodes)) expect(WarningSchema.safeParse({ code, message: "m", start: null, end: null }).success).toBe(true);
    for (const code of ["note-withot-call", "", "warning"]) expect(WarningSchema.safeParse({ code, message: "m", start: null, end: null }).success).toBe(false);
  });
});
