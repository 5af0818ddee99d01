// Helpers for the bad-input and atomic-write tests: temporary folders, a CLI run with its console
// output captured, stack-trace detection, reading a written article.
import * as fs from "node:fs";
import { join } from "node:path";
import { vi } from "vitest";
import { main } from "../../src/cli/pipeline.js";
import type { Article } from "../../src/schema/article.js";

export { offsetViolations, sourceOf, spanViolations } from "./offsets.js";
export { removeTempDirs, tempDir } from "./temp.js";

export const samplePath = "input/mdc-2023-07-azerbaijan-turkiye-military-relations.txt";
export const sampleBytes = (): Buffer => fs.readFileSync(samplePath);

export type CliRun = {
  code: number | undefined;
  /** set when main() rejected instead of returning an exit code: in `pipeline/run.ts` that is an
   * uncaught exception, i.e. a crash with a stack trace */
  crash: Error | undefined;
  out: string;
  err: string;
  all: string;
};

/** Runs the pipeline's CLI entry `main(argv)` with console output captured (nothing reaches the terminal). */
export const runCli = (argv: string[]): Promise<CliRun> => runMain(main, argv);

/** Runs a command's entry point with console output captured. */
export async function runMain(main: (argv: string[]) => number | Promise<number>, argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const fmt = (args: unknown[]) => args.map((a) => (a instanceof Error ? (a.stack ?? String(a)) : typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  const spies = [
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(fmt(a))),
    vi.spyOn(console, "info").mockImplementation((...a: unknown[]) => void out.push(fmt(a))),
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(fmt(a))),
    vi.spyOn(console, "warn").mockImplementation((...a: unknown[]) => void err.push(fmt(a))),
  ];
  let code: number | undefined;
  let crash: Error | undefined;
  try {
    code = await main(argv);
  } catch (e) {
    crash = e instanceof Error ? e : new Error(String(e));
  } finally {
    for (const s of spies) s.mockRestore();
  }
  const o = out.join("\n");
  const e = err.join("\n");
  return { code, crash, out: o, err: e, all: `${o}\n${e}` };
}

/** Lines that look like a V8 stack frame ("    at fn (file:line:col)"). */
export function stackLines(text: string): string[] {
  return text.split("\n").filter((l) => /^\s{2,}at\s/.test(l));
}

/** A readable description of a crash for assertion messages. */
export function describeCrash(run: CliRun): string {
  return run.crash ? `main() rejected (an uncaught exception in pipeline/run.ts):\n${run.crash.stack}` : "";
}

export function readArticle(outDir: string, id: string): Article {
  return JSON.parse(fs.readFileSync(join(outDir, id, "article.json"), "utf8")) as Article;
}

/** Data rows of an RFC 4180 CSV (header excluded), counting CRLF inside quoted cells as text. */
export function csvRows(csv: string): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\r" && csv[i + 1] === "\n") rows++;
  }
  return rows - 1;
}
