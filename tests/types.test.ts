// Type-level guarantees, checked with the TypeScript compiler: view and source spans cannot be
// mixed, and a warning code outside the list does not compile (examples in tests/types/).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const file = join(root, "tests", "types", "spans.ts");
const directive = /^\s*\/\/ @ts-expect-error\b.*$/;

/** Compiler errors in `file` as "line: message", with its text replaced by `text`. */
function errors(text: string): string[] {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const read = host.readFile;
  host.readFile = (f) => (resolve(f) === file ? text : read(f));
  const program = ts.createProgram([file], { ...options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .filter((d) => d.file && resolve(d.file.fileName) === file)
    .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

describe("spans and warning codes, at the type level", () => {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  // the line after each directive, 1-based
  const expected = lines.flatMap((l, i) => (directive.test(l) ? [i + 2] : []));

  it("the examples compile as written: every mixing is rejected where marked, nothing else is", () => {
    expect(expected.length).toBeGreaterThanOrEqual(7);
    expect(errors(text)).toEqual([]);
  }, 60_000);

  it("without the markers, each marked line is an error of its own", () => {
    // a marker replaced by a blank comment keeps every line number
    const bare = lines.map((l) => (directive.test(l) ? "//" : l)).join("\n");
    const failing = [...new Set(errors(bare).map((e) => Number(e.split(":")[0])))];
    expect(failing).toEqual(expected);
  }, 60_000);
});
