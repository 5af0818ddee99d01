// Addresses in running text, so that no date, number or name is read inside one.
import type { Span } from "../text/view.js";

export function urlSpans(text: string): Span[] {
  return [...text.matchAll(/(?:https?:\/\/|\bwww\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|int|az|am|tr|uk|eu|ru|il)\/\S*/gi)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export const insideAny = (spans: Span[], s: Span) => spans.some((x) => s.start < x.end && x.start < s.end);
