// Which inputs a run must process in an archive: an input whose bytes and pipeline version match
// its article folder is unchanged and skipped (--force redoes it). Folders whose input is gone are
// found while the archive is rebuilt (build.ts), which reads every folder anyway.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputFile } from "../cli/inputs.js";
import { pipelineVersion } from "../version.js";
import { readArticle } from "./folders.js";

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
