// output/tables.xlsx: an About sheet that explains every column, then one sheet per record kind
// with a bold, frozen, filtered header row and column widths fitted to the content. Written as
// SpreadsheetML by hand (exceljs took 2.9 s for a 200-article batch, half the batch's time) and
// zipped by zip.ts (fflate's container, Node's zlib deflate).
import { archiveColumns, articleColumn, columns } from "./columns.js";
import type { Cell, Table } from "./tables.js";
import { zip } from "./zip.js";

const ABOUT = "About";

const escapeXml = (s: string) =>
  s
    // characters XML 1.0 cannot hold at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function cell(value: Cell, style: number): string {
  if (value === null || value === "") return "<c/>";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number") return `<c${s}><v>${value}</v></c>`;
  return `<c${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** Sheet rows as XML without row numbers, so parts made apart can be joined; `sheet` numbers them. */
export function sheetRows(rows: Cell[][], style = 0): string {
  return rows.map((r) => `<row>${r.map((v) => cell(v, style)).join("")}</row>`).join("");
}

/** Column widths that fit the first rows' content, within 8 to 60 characters. */
export function columnWidths(t: Table): number[] {
  return t.columns.map((c, i) => Math.min(60, Math.max(8, c.length + 2, ...t.rows.slice(0, 2000).map((r) => String(r[i] ?? "").length + 2))));
}

/** A sheet's header, its data rows as XML (see `sheetRows`) and how many there are. The rows may
 *  come as a stream of numbered XML (see `numbered`), for sheets too large to hold as one string. */
export type Sheet = { columns: string[]; rowsXml: string | (() => AsyncIterable<Uint8Array>); widths: number[]; rows: number };

function column(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Gives rows and cells their references (row 3, cell C3), the first row being `first` (1 is the
 *  header); text never holds a raw "<". */
export function numbered(rowsXml: string, first = 1): string {
  let row = first - 1;
  let col = 0;
  return rowsXml.replace(/<row>|<c(?=[ >/])/g, (tag) => {
    if (tag === "<row>") {
      col = 0;
      return `<row r="${++row}">`;
    }
    return `<c r="${column(col++)}${row}"`;
  });
}

const range = (t: Sheet) => `A1:${column(t.columns.length - 1)}${t.rows + 1}`;
const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
const quoted = (name: string) => `'${escapeXml(name).replace(/'/g, "''")}'`;

function sheetHead(t: Sheet): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${t.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${numbered(sheetRows([t.columns], 1))}`
  );
}

/** A sheet's XML, in pieces: a stream of rows is passed through, never joined. */
async function* sheet(t: Sheet): AsyncIterable<Uint8Array> {
  yield Buffer.from(sheetHead(t));
  if (typeof t.rowsXml === "string") yield Buffer.from(numbered(t.rowsXml, 2));
  else yield* t.rowsXml();
  yield Buffer.from(`</sheetData><autoFilter ref="${range(t)}"/></worksheet>`);
}

/** The first sheet: every column of every sheet with its meaning, from columns.ts. */
export function aboutSheet(tables: Record<string, Sheet>): Sheet {
  const described: Record<string, Record<string, string>> = { ...columns, ...archiveColumns };
  const rows = Object.entries(tables).flatMap(([name, t]) =>
    t.columns.map((c) => {
      const meaning = c === "article" ? articleColumn.article : described[name]?.[c];
      if (!meaning) throw new Error(`column ${c} of table ${name} has no description in src/write/columns.ts`);
      return [name, c, meaning];
    }),
  );
  return { columns: ["table", "column", "meaning"], rowsXml: sheetRows(rows, 2), widths: [22, 16, 110], rows: rows.length };
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  // 0 plain, 1 bold (header rows), 2 wrapped and top-aligned (the About sheet's explanations)
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
  `</styleSheet>`;

/** The workbook: the About sheet first, then `tables` in their order, written to `write` as it is
 *  made (a sheet given as a stream is never held whole). */
export async function writeXlsx(tables: Record<string, Sheet>, write: (chunk: Uint8Array) => void): Promise<void> {
  const sheets = { [ABOUT]: aboutSheet(tables), ...tables };
  const names = Object.keys(sheets).map((k) => k.slice(0, 31));
  const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
  const files: Record<string, string | (() => AsyncIterable<Uint8Array>)> = {
    "[Content_Types].xml": xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        `</Types>`,
    ),
    "_rels/.rels": xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": xml(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        // Excel records each sheet's filter range under this hidden name
        `</sheets><definedNames>` +
        Object.values(sheets).map((t, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${quoted(names[i])}!${absolute(range(t))}</definedName>`).join("") +
        `</definedNames></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": STYLES,
  };
  Object.values(sheets).forEach((t, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = () => sheet(t)));
  await zip(files, write);
}

/** The workbook as one buffer, for sheets small enough to hold. */
export async function sheetsXlsx(tables: Record<string, Sheet>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeXlsx(tables, (c) => chunks.push(c));
  return Buffer.concat(chunks);
}
