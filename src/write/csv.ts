// CSV as RFC 4180 with CRLF rows, UTF-8, optional BOM for Excel, and text cells that a spreadsheet
// would run as a formula neutralised with a leading apostrophe (OWASP CSV injection guidance).
import { writeToString } from "fast-csv";
import type { Cell, Table } from "./tables.js";

export type CsvOptions = { escapeFormulas: boolean; bom: boolean };
export const defaultCsvOptions: CsvOptions = { escapeFormulas: true, bom: false };

const formulaStart = /^[=+\-@\t\r\n]/;

function neutralise(cell: Cell, escape: boolean): Cell {
  return escape && typeof cell === "string" && formulaStart.test(cell) ? `'${cell}` : cell;
}

export async function toCsv(table: Table, options: CsvOptions = defaultCsvOptions): Promise<string> {
  return (options.bom ? "\uFEFF" : "") + (await csvRows([table.columns], options)) + (await csvRows(table.rows, options));
}

/** Rows as CSV lines, each ended by CRLF; no header, no BOM. */
export async function csvRows(rows: Cell[][], options: CsvOptions = defaultCsvOptions): Promise<string> {
  if (rows.length === 0) return "";
  return writeToString(
    rows.map((r) => r.map((c) => neutralise(c, options.escapeFormulas) ?? "")),
    { rowDelimiter: "\r\n", includeEndRowDelimiter: true, writeBOM: false },
  );
}
