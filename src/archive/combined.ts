// The combined tables of an archive (<out>/<kind>.csv, an "article" column first) and the sheets of
// tables.xlsx, written article by article to temporary files as the archive is read, so a
// ten-thousand-article archive never holds its tables in memory. A sheet that would pass Excel's
// row limit goes on in a second sheet ("dates (2)").
import { closeSync, createReadStream, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { csvRows, type CsvOptions } from "../write/csv.js";
import type { Table } from "../write/tables.js";
import { columnWidths, numbered, sheetRows, type Sheet } from "../write/xlsx.js";

/** Excel's limit, 1,048,576 rows, less the header row. */
export const maxSheetRows = 1_048_575;

type Part = { path: string; fd: number; rows: number };
type Kind = { columns: string[]; csvPath: string; csvFd: number; widths: number[]; parts: Part[] };

export class CombinedTables {
  private kinds = new Map<string, Kind>();
  private temps: string[] = [];
  private writing = true;

  constructor(
    private outDir: string,
    private csv: CsvOptions,
  ) {}

  /** Appends one article's tables, its id in the first column. */
  async add(id: string, tables: Record<string, Table>): Promise<void> {
    for (const [name, t] of Object.entries(tables)) {
      const withId: Table = { columns: ["article", ...t.columns], rows: t.rows.map((r) => [id, ...r]) };
      const kind = this.kinds.get(name) ?? (await this.openKind(name, withId.columns));
      writeSync(kind.csvFd, await csvRows(withId.rows, this.csv));
      // widths fit the first rows, as for a single article's sheet
      if (kind.parts[0].rows < 2000) kind.widths = columnWidths({ columns: withId.columns, rows: withId.rows }).map((w, i) => Math.max(w, kind.widths[i]));
      for (let from = 0; from < withId.rows.length; ) {
        let part = kind.parts.at(-1)!;
        if (part.rows === maxSheetRows) part = this.newPart(kind, name);
        const take = withId.rows.slice(from, from + maxSheetRows - part.rows);
        writeSync(part.fd, numbered(sheetRows(take), part.rows + 2));
        part.rows += take.length;
        from += take.length;
      }
    }
  }

  private async openKind(name: string, columns: string[]): Promise<Kind> {
    const csvPath = join(this.outDir, `${name}.csv.tmp-${process.pid}`);
    const kind: Kind = { columns, csvPath, csvFd: openSync(csvPath, "w"), widths: columns.map(() => 8), parts: [] };
    this.temps.push(csvPath);
    writeSync(kind.csvFd, (this.csv.bom ? "\uFEFF" : "") + (await csvRows([columns], this.csv)));
    this.newPart(kind, name);
    this.kinds.set(name, kind);
    return kind;
  }

  private newPart(kind: Kind, name: string): Part {
    const path = join(this.outDir, `.${name}-${kind.parts.length + 1}.xml.tmp-${process.pid}`);
    const part = { path, fd: openSync(path, "w"), rows: 0 };
    this.temps.push(path);
    kind.parts.push(part);
    return part;
  }

  /** Puts the CSVs in place and returns the sheets, each streamed from its temporary file. */
  finish(): Record<string, Sheet> {
    const sheets: Record<string, Sheet> = {};
    this.writing = false;
    for (const [name, kind] of this.kinds) {
      closeSync(kind.csvFd);
      renameSync(kind.csvPath, join(this.outDir, `${name}.csv`));
      kind.parts.forEach((part, i) => {
        closeSync(part.fd);
        sheets[i === 0 ? name : `${name} (${i + 1})`] = { columns: kind.columns, widths: kind.widths, rows: part.rows, rowsXml: () => createReadStream(part.path) };
      });
    }
    return sheets;
  }

  /** Removes the temporary files (after the workbook is written, or after a failure). */
  dispose(): void {
    if (this.writing) for (const [, kind] of this.kinds) for (const fd of [kind.csvFd, ...kind.parts.map((p) => p.fd)]) closeSync(fd);
    this.writing = false;
    for (const p of this.temps) rmSync(p, { force: true });
  }
}
