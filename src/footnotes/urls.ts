// Web addresses in a note: found on the note's text with line structure kept, so an address that
// the converter broke at a line end can be re-joined; trailing punctuation is not part of it.
import type { Span } from "../text/view.js";

type UrlMatch = Span & { url: string; repaired: boolean };

const urlStart = /(?:https?:\/\/|\bwww\.)[^\s<>"“”]+/g;
// A continuation line of a broken address: no spaces before its end and address-like characters.
const continuation = /^\n[ \t]*([A-Za-z0-9\-._~%/?#=&+:]+[A-Za-z0-9/_=#-])(?=[\s.,;)]|$)/;

export function cleanUrl(raw: string): string {
  let u = raw.replace(/^<|>$/g, "");
  for (;;) {
    const t = u.replace(/[.,;:!?'"”’*]+$/, "");
    const unbalanced = t.endsWith(")") && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0);
    const next = unbalanced ? t.slice(0, -1) : t.replace(/[\]>]+$/, "");
    if (next === u) return u;
    u = next;
  }
}

export function findUrls(text: string): UrlMatch[] {
  const out: UrlMatch[] = [];
  for (const m of text.matchAll(urlStart)) {
    let end = m.index + m[0].length;
    let raw = m[0];
    let repaired = false;
    const cont = continuation.exec(text.slice(end));
    // join when the first part ends where an address cannot (a slash, hyphen, dot, =) or the
    // next line is itself address-shaped (holds a slash, a dot-extension or a query)
    if (cont && (/[/\-._=?&]$/.test(raw) || /[/.=?&_]/.test(cont[1])) && !/^[\p{Lu}]/u.test(cont[1])) {
      raw += cont[1];
      end += cont[0].length;
      repaired = true;
    }
    const url = cleanUrl(raw);
    out.push({ start: m.index, end, url, repaired });
  }
  return out;
}
