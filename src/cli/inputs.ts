// Expands the command line's files and folders into the articles to process. A folder is read
// with its sub-folders (archives are kept by year: input/2023/x.txt), in sorted order; hidden
// files and folders are passed over, files of other kinds are listed as skipped.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import { pdfProblem } from "../ingest/decode.js";

export const articleExtensions = [".txt", ".md"];

export type InputFile = { id: string; path: string; display: string };

type Inputs = {
  files: InputFile[];
  /** inputs refused, each "<path>: <problem>" */
  problems: string[];
  /** files in a given folder that are not articles, by path */
  skipped: string[];
};

const displayOf = (f: string) => relative(process.cwd(), f).split(sep).join("/");

export function expandInputs(paths: string[]): Inputs {
  const inputs: Inputs = { files: [], problems: [], skipped: [] };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      inputs.problems.push(`${p}: no such file or folder`);
      continue;
    }
    const found = st.isDirectory() ? walk(p, inputs.skipped, new Set()) : [p];
    if (found.length === 0) inputs.problems.push(`${p}: a folder holding no .txt or .md article (its sub-folders included)`);
    for (const f of found) add(inputs, f);
  }
  return inputs;
}

function add(inputs: Inputs, f: string): void {
  const display = displayOf(f);
  if (extname(f).toLowerCase() === ".pdf") {
    inputs.problems.push(`${display}: ${pdfProblem(display)}`);
    return;
  }
  const id = basename(f, extname(f));
  // two inputs with one id would write one output folder: the second is refused, not merged
  const clash = inputs.files.find((x) => x.id === id);
  if (clash) inputs.problems.push(`${display}: has the same id "${id}" as ${clash.display}; rename one of them`);
  else inputs.files.push({ id, path: f, display });
}

/** The articles (and PDFs, to be reported) under `dir`, depth first, each folder's entries sorted. */
function walk(dir: string, skipped: string[], seen: Set<string>): string[] {
  // a link back to a folder already read would loop
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const ext = extname(name).toLowerCase();
    if (isFolder(path)) found.push(...walk(path, skipped, seen));
    else if (articleExtensions.includes(ext) || ext === ".pdf") found.push(path);
    else skipped.push(displayOf(path));
  }
  return found;
}

/** A folder, or a link to one; a broken link is not (reading it reports the problem). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One line naming the files passed over, so that none is left out in silence. */
export function skippedLine(skipped: string[]): string | null {
  if (skipped.length === 0) return null;
  const n = skipped.length;
  return `skipped ${n} ${n === 1 ? "file that is" : "files that are"} not a .txt or .md article: ${skipped.join(", ")}`;
}
