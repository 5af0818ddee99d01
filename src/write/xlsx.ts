// output/tables.xlsx: one sheet per record kind with a bold, frozen header row and column widths
// fitted to the content. The zip entries get a fixed date so the same tables give the same bytes.
import type { Table } from "./tables.js";

const fixed = new Date(Date.UTC(2000, 0, 1));

export async function tablesXlsx(tables: Record<string, Table>): Promise<Buffer> {
  // loaded here, not at start-up: most of a run never needs them
  const { default: ExcelJS } = await import("exceljs");
  const { default: JSZip } = await import("jszip");
  const wb = new ExcelJS.Workbook();
  wb.creator = "bulletin-extract";
  wb.created = fixed;
  wb.modified = fixed;
  for (const [kind, t] of Object.entries(tables)) {
    const ws = wb.addWorksheet(kind.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = t.columns.map((c, i) => {
      const longest = Math.max(c.length, ...t.rows.slice(0, 2000).map((r) => String(r[i] ?? "").length));
      return { header: c, key: c, width: Math.min(60, Math.max(8, longest + 2)) };
    });
    for (const r of t.rows) ws.addRow(r.map((c) => c ?? null));
    ws.getRow(1).font = { bold: true };
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, file) => {
    file.date = fixed;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}
