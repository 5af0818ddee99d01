// All-digit dates: "2019-03-15", "03/15/2019", "15/03/2019", "15.3.2019". A day above 12 settles
// which number is the day; otherwise the article's other all-digit dates do, when they agree on one
// order. Dotted dates are read day first, the one order that form is written in. A date no rule
// settles is read month first (the order of most English-language slash dates) and flagged.

/** A numeric date's parts, and the other reading when the order was a guess. */
export type NumericDate = { start: number; end: number; y: number; m: number; d: number; other: string | null };

const NUMERIC = /(?<![\w.\/-])(?<p>\d{1,2})(?<sep>[\/.-])(?<q>\d{1,2})\k<sep>(?<y>(?:1\d|20)\d\d)(?![\w\/-]|[.,]\d)/g;
const ISO = /(?<![\w.\/-])(?<y>(?:1\d|20)\d\d)(?<sep>[-\/])(?<m>\d{2})\k<sep>(?<d>\d{2})(?![\w\/-]|[.,]\d)/g;

type Order = "day-first" | "month-first" | null;

/** The order the article's own unambiguous numeric dates use, when they agree. */
function articleOrder(text: string): Order {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(NUMERIC)) {
    const { p, q, sep } = m.groups!;
    if (+p > 12 && +q <= 12) dayFirst = true;
    if (+q > 12 && +p <= 12) monthFirst = true;
    if (sep === ".") dayFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? "day-first" : "month-first";
}

const pad = (n: number) => String(n).padStart(2, "0");

export function numericDates(text: string): NumericDate[] {
  const out: NumericDate[] = [];
  for (const m of text.matchAll(ISO)) {
    const { y, m: month, d } = m.groups!;
    out.push({ start: m.index, end: m.index + m[0].length, y: +y, m: +month, d: +d, other: null });
  }
  const order = articleOrder(text);
  for (const m of text.matchAll(NUMERIC)) {
    const { p, q, sep, y } = m.groups!;
    const settled = +p > 12 || +q > 12 || p === q || sep === ".";
    const dayFirst = +p > 12 || (!(+q > 12) && (sep === "." || order === "day-first"));
    const [d, month] = dayFirst ? [+p, +q] : [+q, +p];
    const guessed = !settled && order === null;
    out.push({ start: m.index, end: m.index + m[0].length, y: +y, m: month, d, other: guessed ? `${y}-${pad(+q)}-${pad(+p)}` : null });
  }
  return out;
}
