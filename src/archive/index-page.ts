// output/index.html: one self-contained page for the archive (no network, like the review pages):
// the articles with links to their review pages, the registers as searchable, sortable, paged
// tables, and two plots drawn as inline SVG — a chosen name's mentions per issue date, and
// citations by outlet. The data travel as one JSON block; the script renders a page of rows at a
// time, so ten thousand articles load as fast as ten.
import type { Table } from "../write/tables.js";
import type { RegisterEntry } from "./registers.js";
import type { ArticleSummary } from "./summary.js";

export type IndexData = {
  articles: Table;
  organisations: Table;
  treaties: Table;
  outlets: Table;
  /** for each register row, the issue dates and mentions of the articles that name it */
  series: { organisations: Array<[number[], number[]]>; treaties: Array<[number[], number[]]> };
  /** issue date (start) of each article, as the x axis of the plot */
  issueDates: Array<string | null>;
};

export function indexData(summaries: ArticleSummary[], articles: Table, orgs: { table: Table; entries: RegisterEntry<unknown>[] }, treaties: { table: Table; entries: RegisterEntry<unknown>[] }, outlets: Table): IndexData {
  const series = (entries: RegisterEntry<unknown>[]) =>
    entries.map((e) => {
      const pairs = [...e.perArticle].sort((a, b) => a[0] - b[0]);
      return [pairs.map((p) => p[0]), pairs.map((p) => p[1])] as [number[], number[]];
    });
  // the page shows the columns a reader scans; articles.csv has them all
  const shown = ["id", "title", "authors", "issue_date_value", "dates", "numbers", "organisations", "treaties", "notes", "sources", "warnings"];
  const at = shown.map((c) => articles.columns.indexOf(c));
  return {
    articles: { columns: shown.map((c) => (c === "issue_date_value" ? "issue date" : c)), rows: articles.rows.map((r) => at.map((k) => r[k])) },
    organisations: orgs.table,
    treaties: treaties.table,
    outlets,
    series: { organisations: series(orgs.entries), treaties: series(treaties.entries) },
    issueDates: summaries.map((s) => s.issueDateValue?.split("/")[0] ?? null),
  };
}

const style = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
header { background: #24364b; color: #fff; padding: 12px 24px; }
header h1 { margin: 0; font-size: 20px; }
nav { display: flex; gap: 4px; padding: 8px 24px; background: #eef2f6; position: sticky; top: 0; }
nav button { border: 1px solid #9ab; background: #fff; padding: 4px 12px; cursor: pointer; }
nav button.on { background: #24364b; color: #fff; }
main { padding: 12px 24px; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { border-bottom: 1px solid #dde; padding: 3px 6px; text-align: left; vertical-align: top; max-width: 420px; overflow-wrap: anywhere; }
th { white-space: nowrap; cursor: pointer; background: #f6f8fa; position: sticky; top: 40px; user-select: none; }
th.asc::after { content: " ▲"; } th.desc::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.tools { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.tools input { padding: 4px 8px; width: 280px; }
.pager button { margin: 0 4px; }
svg { background: #fbfcfd; border: 1px solid #dde; margin-top: 8px; }
svg text { font: 11px system-ui, sans-serif; fill: #445; }
.plot { margin-top: 16px; }
.hidden { display: none; }
`;

// Plain script, no template literals: it is embedded in a TypeScript template.
const script = String.raw`
const data = JSON.parse(document.getElementById("data").textContent);
const PAGE = 50;
const views = {};
function el(tag, attrs, text) { const e = document.createElement(tag); for (const k in attrs || {}) e.setAttribute(k, attrs[k]); if (text !== undefined && text !== null) e.textContent = String(text); return e; }
function makeView(name, table, linkColumn) {
  const root = document.getElementById(name);
  const v = { name: name, table: table, rows: table.rows.map(function (r, i) { return { r: r, i: i }; }), shown: null, page: 0, sort: -1, dir: 1, query: "" };
  views[name] = v;
  const tools = el("div", { class: "tools" });
  const search = el("input", { type: "search", placeholder: "search " + name, "data-search": name });
  const count = el("span", { class: "count" });
  const pager = el("span", { class: "pager" });
  const prev = el("button", { "data-prev": name }, "◀"), next = el("button", { "data-next": name }, "▶"), at = el("span");
  pager.append(prev, at, next);
  tools.append(search, count, pager);
  const t = el("table", { "data-table": name }), head = el("tr");
  table.columns.forEach(function (c, k) { const th = el("th", {}, c); th.onclick = function () { v.dir = v.sort === k ? -v.dir : 1; v.sort = k; render(v); }; head.append(th); });
  const thead = el("thead"); thead.append(head); const tbody = el("tbody"); t.append(thead, tbody);
  root.append(tools, t);
  search.oninput = function () { v.query = search.value.toLowerCase(); v.page = 0; render(v); };
  prev.onclick = function () { if (v.page > 0) { v.page--; render(v); } };
  next.onclick = function () { if ((v.page + 1) * PAGE < v.shown.length) { v.page++; render(v); } };
  v.els = { tbody: tbody, count: count, at: at, head: head, link: linkColumn };
  render(v);
}
function render(v) {
  let rows = v.rows;
  if (v.query) rows = rows.filter(function (x) { return x.r.some(function (c) { return c !== null && String(c).toLowerCase().indexOf(v.query) >= 0; }); });
  if (v.sort >= 0) { const k = v.sort, d = v.dir; rows = rows.slice().sort(function (a, b) { const x = a.r[k], y = b.r[k]; if (x === y) return a.i - b.i; if (x === null) return 1; if (y === null) return -1; return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * d; }); }
  v.shown = rows;
  Array.prototype.forEach.call(v.els.head.children, function (th, k) { th.className = k === v.sort ? (v.dir > 0 ? "asc" : "desc") : ""; });
  const body = v.els.tbody; body.textContent = "";
  rows.slice(v.page * PAGE, (v.page + 1) * PAGE).forEach(function (x) {
    const tr = el("tr");
    x.r.forEach(function (c, k) {
      const td = el("td", typeof c === "number" ? { class: "num" } : {});
      if (k === v.els.link && c !== null) { const a = el("a", { href: encodeURIComponent(String(c)) + "/review.html" }, c); td.append(a); } else td.textContent = c === null ? "" : String(c);
      if (v.name !== "articles" && k === 0) { td.style.cursor = "pointer"; td.title = "plot its mentions"; td.onclick = function () { plotSeries(v.name, x.i); }; }
      tr.append(td);
    });
    body.append(tr);
  });
  v.els.count.textContent = rows.length + " of " + v.rows.length + " rows";
  v.els.at.textContent = " page " + (rows.length ? v.page + 1 : 0) + " of " + Math.ceil(rows.length / PAGE) + " ";
}
const NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, text) { const e = document.createElementNS(NS, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; return e; }
function plotSeries(kind, row) {
  const s = data.series[kind][row];
  const byDate = {};
  s[0].forEach(function (a, k) { const d = data.issueDates[a] || "undated"; byDate[d] = (byDate[d] || 0) + s[1][k]; });
  const dates = Object.keys(byDate).sort();
  const box = document.getElementById("plot-" + kind);
  box.textContent = "";
  box.append(el("h3", {}, "Mentions per issue date: " + data[kind].rows[row][0]));
  const W = 760, H = 220, L = 40, B = 40, max = Math.max.apply(null, dates.map(function (d) { return byDate[d]; }).concat([1]));
  const g = svg("svg", { width: W, height: H, "data-plot": kind, role: "img" });
  const bw = Math.max(2, Math.min(40, (W - L - 10) / dates.length - 2));
  dates.forEach(function (d, k) {
    const h = (H - B - 10) * byDate[d] / max, x = L + k * (bw + 2);
    const r = svg("rect", { x: x, y: H - B - h, width: bw, height: h, fill: "#4a78a8" }); r.append(svg("title", {}, d + ": " + byDate[d])); g.append(r);
    if (dates.length <= 24 || k % Math.ceil(dates.length / 12) === 0) g.append(svg("text", { x: x, y: H - B + 14, transform: "rotate(30 " + x + " " + (H - B + 14) + ")" }, d));
  });
  g.append(svg("text", { x: 4, y: 14 }, String(max)), svg("line", { x1: L - 2, y1: H - B, x2: W, y2: H - B, stroke: "#889" }));
  box.append(g);
}
function plotOutlets() {
  const rows = data.outlets.rows.slice(0, 20), box = document.getElementById("plot-outlets");
  if (!rows.length) return;
  const W = 760, bar = 18, L = 220, H = rows.length * (bar + 4) + 10, max = rows[0][1];
  const g = svg("svg", { width: W, height: H, "data-plot": "outlets", role: "img" });
  rows.forEach(function (r, k) {
    const y = 5 + k * (bar + 4), w = (W - L - 40) * r[1] / max;
    g.append(svg("text", { x: 4, y: y + 13 }, String(r[0]).slice(0, 34)), svg("rect", { x: L, y: y, width: w, height: bar, fill: "#c7873d" }), svg("text", { x: L + w + 4, y: y + 13 }, String(r[1])));
  });
  box.append(el("h3", {}, "Citations by outlet (top 20)"), g);
}
document.querySelectorAll("nav button").forEach(function (b) { b.onclick = function () { document.querySelectorAll("nav button").forEach(function (x) { x.classList.toggle("on", x === b); }); document.querySelectorAll("section").forEach(function (s) { s.classList.toggle("hidden", s.id !== "tab-" + b.dataset.tab); }); }; });
makeView("articles", data.articles, 0);
makeView("organisations", data.organisations, -1);
makeView("treaties", data.treaties, -1);
makeView("outlets", data.outlets, -1);
if (data.organisations.rows.length) plotSeries("organisations", 0);
if (data.treaties.rows.length) plotSeries("treaties", 0);
plotOutlets();
`;

// "</" would end the script element early; "\u003c" is the same character in JSON
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function indexHtml(data: IndexData): string {
  const tab = (id: string, label: string, on = false) => `<button data-tab="${id}"${on ? ' class="on"' : ""}>${label}</button>`;
  const section = (id: string, extra = "", hidden = true) => `<section id="tab-${id}"${hidden ? ' class="hidden"' : ""}><div id="${id}"></div>${extra}</section>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bulletin archive: ${data.articles.rows.length} articles</title>
<style>${style}</style></head>
<body><header><h1>Bulletin archive</h1><div>${data.articles.rows.length} articles, ${data.organisations.rows.length} organisations, ${data.treaties.rows.length} instruments, ${data.outlets.rows.length} outlets</div></header>
<nav>${tab("articles", "Articles", true)}${tab("organisations", "Organisations")}${tab("treaties", "Treaties")}${tab("outlets", "Outlets")}</nav>
<main>${section("articles", "", false)}${section("organisations", '<div class="plot" id="plot-organisations"></div>')}${section("treaties", '<div class="plot" id="plot-treaties"></div>')}${section("outlets", '<div class="plot" id="plot-outlets"></div>')}</main>
<script type="application/json" id="data">${embed(data)}</script>
<script>${script}</script>
</body></html>
`;
}
