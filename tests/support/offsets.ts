// The provenance checks shared by the bad-input and property tests: the contract's source text,
// and every record or span that breaks source.slice(start, end) === text or leaves the source.
import { sourcedRecords, type Article } from "../../src/schema/article.js";

/** The source text as the contract defines it: the file as UTF-8 with a leading BOM removed. */
export function sourceOf(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** Every text-bearing record whose text is not `source.slice(start, end)`, by id. */
export function offsetViolations(article: Article, source: string): string[] {
  return sourcedRecords(article)
    .filter((r) => source.slice(r.start, r.end) !== r.text)
    .map((r) => `${r.id} [${r.start},${r.end}) text=${JSON.stringify(r.text.slice(0, 60))} source=${JSON.stringify(source.slice(r.start, r.end).slice(0, 60))}`);
}

/** Spans (sections, paragraphs, warnings) that fall outside the source or run backwards. */
export function spanViolations(article: Article, source: string): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { start: number | null; end: number | null }) => {
    if (s.start === null || s.end === null) return;
    if (!(0 <= s.start && s.start <= s.end && s.end <= source.length)) bad.push(`${what} [${s.start},${s.end}) (source length ${source.length})`);
  };
  for (const s of article.sections) {
    check(s.id, s);
    s.paragraphs.forEach((p, i) => check(`${s.id}.paragraphs[${i}]`, p));
  }
  article.warnings.forEach((w, i) => check(`warnings[${i}] ${w.code}`, w));
  return bad;
}
