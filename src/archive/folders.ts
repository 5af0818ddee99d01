// The article folders of an output folder (an archive): every sub-folder holding an article.json,
// whichever run wrote it, in id order.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../schema/article.js";

export function articleIds(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(outDir, d.name, "article.json")))
    .map((d) => d.name)
    .sort();
}

export function readArticle(outDir: string, id: string): Article {
  return JSON.parse(readFileSync(join(outDir, id, "article.json"), "utf8")) as Article;
}

/** The text every offset of the article refers to, kept beside it so the archive needs no input. */
export function readSourceText(outDir: string, id: string): string | null {
  const path = join(outDir, id, "source.txt");
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}
