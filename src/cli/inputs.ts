// Expands the command line's files and folders into the articles to process.
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";

export const articleExtensions = [".txt", ".md"];

export type InputFile = { id: string; path: string; display: string };

export function expandInputs(paths: string[]): { files: InputFile[]; problems: string[] } {
  const files: InputFile[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    const found = st.isDirectory()
      ? readdirSync(p)
          .filter((f) => articleExtensions.includes(extname(f).toLowerCase()))
          .sort()
          .map((f) => join(p, f))
      : [p];
    if (found.length === 0) problems.push(`${p}: a folder holding no .txt or .md article`);
    for (const f of found) {
      const display = relative(process.cwd(), f).split(sep).join("/");
      const id = basename(f, extname(f));
      // two inputs with one id would write one output folder: the second is refused, not merged
      const clash = files.find((x) => x.id === id);
      if (clash) problems.push(`${display}: has the same id "${id}" as ${clash.display}; rename one of them`);
      else files.push({ id, path: f, display });
    }
  }
  return { files, problems };
}
