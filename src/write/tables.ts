// One table per record kind, as plain rows with a fixed column order; the CSV and combined
// writers share these so every table has the same columns wherever it is written.
import type { Article } from "../schema/article.js";

export type Cell = string | number | null;
export type Table = { columns: string[]; rows: Cell[][] };

const join = (xs: string[]) => xs.join(" | ");

export function tables(a: Article): Record<string, Table> {
  return {
    sections: {
      columns: ["id", "index", "kind", "heading", "start", "end", "paragraphs"],
      rows: a.sections.map((s) => [s.id, s.index, s.kind, s.heading, s.start, s.end, s.paragraphs.length]),
    },
    dates: {
      columns: ["id", "section", "text", "start", "end", "value", "resolved"],
      rows: a.dates.map((d) => [d.id, d.section, d.text, d.start, d.end, d.value, d.resolved]),
    },
    numbers: {
      columns: ["id", "section", "text", "start", "end", "value", "unit", "qualifier"],
      rows: a.numbers.map((n) => [n.id, n.section, n.text, n.start, n.end, n.value, n.unit, n.qualifier]),
    },
    organisations: {
      columns: ["id", "section", "text", "start", "end", "name", "acronym"],
      rows: a.organisations.map((o) => [o.id, o.section, o.text, o.start, o.end, o.name, o.acronym]),
    },
    treaties: {
      columns: ["id", "section", "text", "start", "end", "name"],
      rows: a.treaties.map((t) => [t.id, t.section, t.text, t.start, t.end, t.name]),
    },
    "treaty-register": {
      columns: ["name", "wordings", "signed", "signed_value", "place", "parties", "mentions"],
      rows: a.treatyRegister.map((r) => [
        r.name,
        join(r.wordings),
        r.signed?.text ?? null,
        r.signed?.value ?? null,
        r.place?.text ?? null,
        join(r.parties.map((p) => p.text)),
        join(r.mentions),
      ]),
    },
    footnotes: {
      columns: ["id", "type", "number", "section", "text", "start", "end", "style", "links", "urls"],
      rows: [
        ...a.footnotes.markers.map((m) => [m.id, "marker", m.number, m.section, m.text, m.start, m.end, m.style, m.note, null]),
        ...a.footnotes.notes.map((n) => [
          n.id, "note", n.number, null, n.text, n.start, n.end, n.labelled ? "labelled" : "inferred", join(n.markers), join(n.urls),
        ]),
      ],
    },
    warnings: {
      columns: ["code", "message", "start", "end"],
      rows: a.warnings.map((w) => [w.code, w.message, w.start, w.end]),
    },
  };
}
