// The test articles: the sample (its text in input/) and the handmade ones in tests/fixtures/,
// each with a gold file; their golden outputs live in tests/golden/<id>/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runArticle, runArticleWithSource } from "../src/stages.js";
import type { Article } from "../src/schema/article.js";

export type Fixture = { id: string; sourcePath: string; goldPath: string };

export function fixtures(): Fixture[] {
  return readdirSync("tests/fixtures", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const own = [".txt", ".md"].map((e) => join("tests/fixtures", id, id + e)).find(existsSync);
      return { id, sourcePath: own ?? join("input", `${id}.txt`), goldPath: join("tests/fixtures", id, `${id}.gold.json`) };
    })
    // a folder becomes a fixture once it holds its article and its gold file
    .filter((f) => existsSync(f.sourcePath) && existsSync(f.goldPath));
}

export function run(f: Fixture): Article {
  return runArticle(f.id, f.sourcePath, new Uint8Array(readFileSync(f.sourcePath)));
}

/** The article with its source text, which its tables need. */
export function runWithSource(f: Fixture): ReturnType<typeof runArticleWithSource> {
  return runArticleWithSource(f.id, f.sourcePath, new Uint8Array(readFileSync(f.sourcePath)));
}

export function sourceText(f: Fixture): string {
  return readFileSync(f.sourcePath, "utf8").replace(/^\uFEFF/, "");
}
