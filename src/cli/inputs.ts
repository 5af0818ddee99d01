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
    for (const f of found)
      files.push({ id: basename(f, extname(f)), path: f, display: relative(process.cwd(), f).split(sep).join("/") });
  }
  return { files, problems };
}
