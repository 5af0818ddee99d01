// Which inputs a run must process in an archive: an input whose bytes and pipeline version match
// its article folder is unchanged and skipped (--force redoes it). Article folders whose input
// file is gone are named, and removed only when asked (--prune).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { InputFile } from "../cli/inputs.js";
import { pipelineVersion } from "../version.js";
import { articleIds, readArticle } from "./folders.js";

export type Plan = { todo: InputFile[]; unchanged: InputFile[] };

function unchanged(outDir: string, f: InputFile): boolean {
  const path = join(outDir, f.id, "article.json");
  if (!existsSync(path)) return false;
  try {
    const a = readArticle(outDir, f.id);
    const sha256 = createHash("sha256").update(readFileSync(f.path)).digest("hex");
    return a.pipelineVersion === pipelineVersion && a.source?.sha256 === sha256 && a.source.file === f.display && existsSync(join(outDir, f.id, a.source.text));
  } catch {
    // an unreadable or torn article.json is redone, as is an input that cannot be read (the run names why)
    return false;
  }
}

export function plan(outDir: string, files: InputFile[], force: boolean): Plan {
  if (force) return { todo: files, unchanged: [] };
  const same = new Set(files.filter((f) => unchanged(outDir, f)));
  return { todo: files.filter((f) => !same.has(f)), unchanged: [...same] };
}

export type Orphan = { id: string; file: string };

/** Article folders whose input file no longer exists where the run that wrote them read it. */
export function orphans(outDir: string, inputs: InputFile[]): Orphan[] {
  const given = new Set(inputs.map((f) => f.id));
  return articleIds(outDir)
    .filter((id) => !given.has(id))
    .map((id) => ({ id, file: readArticle(outDir, id).source.file }))
    .filter((o) => !existsSync(o.file));
}

export function prune(outDir: string, gone: Orphan[]): void {
  for (const o of gone) rmSync(join(outDir, o.id), { recursive: true, force: true });
}
