// Years spelt in words: "nineteen eighty-four", "twenty twenty-two", "nineteen oh five", "nineteen
// hundred", and "two thousand and five" after a word that makes it a time ("in", "since", "year").
// They are dates, never quantities: the number extractor leaves the date spans alone.
import { YEAR_CENTURIES, YEAR_TEENS, YEAR_TENS, YEAR_UNITS, yearWordValues } from "./date-words.js";

export type YearWords = { start: number; end: number; year: number };

const REST = String.raw`(?<rest>hundred|(?:oh|o)[\s-]+(?:${YEAR_UNITS})|(?:${YEAR_TENS})(?:[\s-](?:${YEAR_UNITS}))?|${YEAR_TEENS})`;
const CENTURY_FIRST = new RegExp(String.raw`\b(?<century>${YEAR_CENTURIES})[\s-]+${REST}\b(?![\s-]+(?:${YEAR_UNITS}|${YEAR_TENS}|${YEAR_TEENS}|hundred|thousand|million|billion|percent|per\s+cent)\b)`, "gi");
const THOUSANDS = new RegExp(String.raw`\btwo(?<=\b(?:in|since|until|till|by|before|after|year)\s+two)\s+thousand(?:\s+and)?(?:[\s-]+(?<rest>(?:${YEAR_TENS})(?:[\s-](?:${YEAR_UNITS}))?|${YEAR_TEENS}|${YEAR_UNITS}))?\b(?![\s-]+(?:${YEAR_UNITS}|${YEAR_TENS}|hundred)\b)`, "gi");

/** The value of number words ("eighty-four" → 84, "oh five" → 5). */
const sum = (words: string) => words.toLowerCase().split(/[\s-]+/).reduce((n, w) => n + (yearWordValues[w] ?? 0), 0);

export function yearWords(text: string): YearWords[] {
  const out: YearWords[] = [];
  for (const m of text.matchAll(CENTURY_FIRST)) {
    const { century, rest } = m.groups!;
    out.push({ start: m.index, end: m.index + m[0].length, year: sum(century) * 100 + sum(rest) });
  }
  for (const m of text.matchAll(THOUSANDS)) out.push({ start: m.index, end: m.index + m[0].length, year: 2000 + sum(m.groups!.rest ?? "") });
  return out;
}
