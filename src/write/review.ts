// A review page for one article: its source text with every record highlighted, to check the
// extraction by eye. One file with inline CSS and JS and a CSP that forbids any load, so it can be
// opened from a CI artefact or a mail attachment and never touches the network.
import type { Article } from "../schema/article.js";

export const reviewKinds = ["dates", "numbers", "organisations", "treaties", "calls", "notes"] as const;
type ReviewKind = (typeof reviewKinds)[number];

const labels: Record<ReviewKind, string> = {
  dates: "Dates",
  numbers: "Numbers",
  organisations: "Organisations",
  treaties: "Treaties",
  calls: "Footnote calls",
  notes: "Notes",
};

// Which record is outside when two share a span or one holds another: a note holds its citation's
// names and dates, a treaty's name may hold an organisation's, a call is innermost so its link
// wraps nothing but the call.
const depth: Record<ReviewKind, number> = { notes: 0, treaties: 1, organisations: 2, dates: 3, numbers: 4, calls: 5 };

const colours: Record<ReviewKind, string> = {
  dates: "background: #cfe6ff;",
  numbers: "background: #cdf3c8;",
  organisations: "background: #ffdca8;",
  treaties: "background: #ead9ff; box-shadow: inset 0 -2px #8a5cc7;",
  calls: "background: #ffc2c2; font-weight: bold;",
  notes: "background: #fff5c0;",
};

type Span = { kind: ReviewKind; id: string; start: number; end: number; title: string; href: string | null };
type Insert = { at: number; html: string };

// CR is written as a reference: the HTML parser folds a literal CR LF to LF, and the page's text
// should stay the source's own characters.
function escapeHtml(s: string): string {
  return s.replace(/[&<>"\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" })[c]!);
}

const words = (...xs: (string | number | null | undefined)[]) => xs.filter((x) => x !== null && x !== undefined && x !== "").join(" ");
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function spans(a: Article): Span[] {
  const span = (kind: ReviewKind, r: { id: string; start: number; end: number }, detail: string, href: string | null = null): Span => ({
    kind, id: r.id, start: r.start, end: r.end, title: `${kind}: ${detail}`, href,
  });
  return [
    ...a.dates.map((r) => span("dates", r, words(r.value, r.resolved && r.resolved !== r.value ? `(read as ${r.resolved})` : null))),
    ...a.numbers.map((r) => span("numbers", r, words(r.value, r.unit, r.qualifier))),
    ...a.organisations.map((r) => span("organisations", r, words(r.name, r.acronym && `(${r.acronym})`))),
    ...a.treaties.map((r) => span("treaties", r, r.name)),
    ...a.footnotes.markers.map((r) => span("calls", r, `call ${r.number} → ${r.note ?? "no note"}`, r.note && `#${r.note}`)),
    ...a.footnotes.notes.map((r) => span("notes", r, words(`note ${r.number}`, r.labelled ? null : "(label inferred)", ...r.urls))),
  ];
}

function openTag(s: Span, first: boolean): string {
  const ident = first ? ` id="${escapeHtml(s.id)}"` : ` data-cont=""`;
  const tag = `<span class="rec k-${s.kind}" data-kind="${s.kind}" data-id="${escapeHtml(s.id)}"${ident} title="${escapeHtml(s.title)}">`;
  return s.href ? `${tag}<a href="${escapeHtml(s.href)}">` : tag;
}

const closeTag = (s: Span) => (s.href ? "</a></span>" : "</span>");

/** The source as HTML with the spans nested; a span that crosses an outer one's end is split, the
 * pieces after the first marked `data-cont` and without the element id. */
function highlight(source: string, all: Span[], inserts: Insert[]): string {
  const order = (x: Span, y: Span) => x.start - y.start || y.end - x.end || depth[x.kind] - depth[y.kind] || byCode(x.id, y.id);
  const sorted = all.filter((s) => s.start < s.end).sort(order);
  // An empty record has no text to wrap but still gets its (empty) element, so every record is on the page.
  const extra = [...inserts, ...all.filter((s) => s.start === s.end).map((s) => ({ at: s.start, html: openTag(s, true) + closeTag(s) }))]
    .sort((x, y) => x.at - y.at || byCode(x.html, y.html));
  const cuts = [...new Set([0, source.length, ...sorted.flatMap((s) => [s.start, s.end]), ...extra.map((e) => e.at)])].sort((x, y) => x - y);

  const opened = new Set<string>();
  let stack: Span[] = [];
  let out = "";
  let e = 0;
  // the spans covering the current cut, kept in sorted order as the cuts advance
  let active: typeof sorted = [];
  let nextSpan = 0;
  cuts.forEach((at, i) => {
    const next = cuts[i + 1] ?? at;
    // The spans covering [at, next), outermost first; whatever of the open stack is not a prefix
    // of it is closed and the rest reopened, which keeps every tag well nested.
    const starting: typeof sorted = [];
    for (; nextSpan < sorted.length && sorted[nextSpan].start <= at; nextSpan++) starting.push(sorted[nextSpan]);
    active = starting.length ? [...active.filter((s) => at < s.end), ...starting.filter((s) => at < s.end)].sort(order) : active.filter((s) => at < s.end);
    const want = active;
    let keep = 0;
    while (keep < stack.length && stack[keep] === want[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out += closeTag(stack[j]!);
    for (; e < extra.length && extra[e]!.at === at; e++) out += extra[e]!.html;
    for (const s of want.slice(keep)) {
      out += openTag(s, !opened.has(s.id));
      opened.add(s.id);
    }
    stack = want;
    out += escapeHtml(source.slice(at, next));
  });
  return out;
}

function metadata(a: Article): string {
  const m = a.metadata;
  const rows: [string, string | number | null][] = [
    ["Authors", m.authors.join(", ") || null],
    ["Editors", m.editors.join(", ") || null],
    ["Volume", m.volume],
    ["Issue", m.issue],
    ["Issue date", m.issueDate && `${m.issueDate.text} (${m.issueDate.value})`],
    ["Publisher", m.publisher],
    ["Source", `${a.source.file} · ${a.source.chars} characters`],
  ];
  const dl = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v === null ? "<i>unknown</i>" : escapeHtml(String(v))}</dd>`).join("");
  return `<header><h1>${escapeHtml(m.title ?? a.id)}</h1><dl>${dl}</dl></header>`;
}

function legend(count: Record<ReviewKind, number>): string {
  const items = reviewKinds.map(
    (k) => `<li><label><input type="checkbox" data-toggle="${k}" checked> <span class="swatch k-${k}">${labels[k]}</span> <span class="count">${count[k]}</span></label></li>`,
  );
  return `<h2>Records</h2><ul class="legend">${items.join("")}</ul>`;
}

function warnings(a: Article): string {
  if (a.warnings.length === 0) return `<h2>Warnings</h2><p>none</p>`;
  const items = a.warnings.map((w, i) => {
    const code = `<code>${escapeHtml(w.code)}</code>`;
    return `<li>${w.start === null ? code : `<a href="#w${i}">${code}</a>`} ${escapeHtml(w.message)}</li>`;
  });
  return `<h2>Warnings (${a.warnings.length})</h2><ol class="warnings">${items.join("")}</ol>`;
}

const style = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.35rem;margin:0 0 .5rem}
h2{font-size:1rem;margin:1rem 0 .4rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}
dt{color:#666}dd{margin:0}
.layout{display:grid;grid-template-columns:20rem minmax(0,1fr)}
aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:0 1rem 1rem 1.5rem;border-right:1px solid #ddd}
.legend{list-style:none;padding:0;margin:0}.legend li{margin:.2rem 0}
.count{color:#666;font-variant-numeric:tabular-nums}
.swatch{padding:0 .3rem;border-radius:3px}
.warnings{padding-left:1.4rem;font-size:.9rem;overflow-wrap:anywhere}.warnings li{margin-bottom:.3rem}
#text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.65 Georgia,serif;max-width:48rem;padding:1rem 1.5rem 60vh}
.rec{border-radius:2px;scroll-margin-top:4rem}
.k-calls a{color:#a00000;text-decoration:none}
.rec.active,.rec:target{outline:3px solid #d0021b;outline-offset:2px}
.warn::before{content:"\\26A0";color:#c25e00;font:12px system-ui;vertical-align:super}
.warn:target::before{outline:2px solid #c25e00}
.back{text-decoration:none;font:12px system-ui}.back::after{content:"\\21A9"}
${reviewKinds.map((k) => `.k-${k}{${colours[k]}}\n.hide-${k} .k-${k}{background:transparent;box-shadow:none;font-weight:inherit}`).join("\n")}
`;

// Toggles put hide-<kind> on <body>; a call's link changes the hash, and the target record's
// pieces get "active" (":target" alone would mark only the first piece of a split record).
const script = `
const boxes = document.querySelectorAll("[data-toggle]");
const sync = (box) => document.body.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
for (const box of boxes) { sync(box); box.addEventListener("change", () => sync(box)); }
function mark() {
  for (const el of document.querySelectorAll(".active")) el.classList.remove("active");
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) for (const el of document.querySelectorAll('[data-id="' + CSS.escape(id) + '"]')) el.classList.add("active");
}
addEventListener("hashchange", mark);
mark();
`;

export function reviewHtml(article: Article, source: string): string {
  const all = spans(article);
  const count = Object.fromEntries(reviewKinds.map((k) => [k, all.filter((s) => s.kind === k).length])) as Record<ReviewKind, number>;
  const inserts: Insert[] = [
    ...article.warnings.flatMap((w, i) => (w.start === null ? [] : [{ at: w.start, html: `<span class="warn" id="w${i}" title="${escapeHtml(w.code)}"></span>` }])),
    // Back-links sit after the note, not in it, so the note's text stays exactly its record's text.
    ...article.footnotes.notes.filter((n) => n.markers.length > 0).map((n) => ({
      at: n.end,
      html: n.markers.map((m) => `<a class="back" href="#${escapeHtml(m)}" title="back to ${escapeHtml(m)}"></a>`).join(""),
    })),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Review: ${escapeHtml(article.metadata.title ?? article.id)}</title>
<style>${style}</style>
</head>
<body>
${metadata(article)}
<div class="layout">
<aside>${legend(count)}${warnings(article)}</aside>
<main><div id="text">${highlight(source, all, inserts)}</div></main>
</div>
<script>${script}</script>
</body>
</html>
`;
}
