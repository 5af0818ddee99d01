// output/articles.csv: one row per article in the archive, for reading the archive as a list.
import type { Table } from "../write/tables.js";
import { countedKinds, type ArticleSummary } from "./summary.js";

export function articlesTable(summaries: ArticleSummary[]): Table {
  const columns = ["id", "file", "title", "authors", "editors", "volume", "issue", "issue_date", "issue_date_value", "publisher", ...countedKinds, "warnings"];
  const rows = summaries.map((a) => [
    a.id,
    a.file,
    a.title,
    a.authors.join(" | "),
    a.editors.join(" | "),
    a.volume,
    a.issue,
    a.issueDate,
    a.issueDateValue,
    a.publisher,
    ...countedKinds.map((k) => a.counts[k] ?? 0),
    a.warnings,
  ]);
  return { columns, rows };
}
