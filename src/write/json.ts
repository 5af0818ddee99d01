import type { Article } from "../schema/article.js";

export function articleJson(article: Article): string {
  return JSON.stringify(article, null, 2) + "\n";
}
