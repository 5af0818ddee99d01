// Addresses in running text, so that no date, number or name is read inside one.
import type { Span } from "../text/view.js";

export function urlSpans(text: string): Span[] {
  return [...text.matchAll(/(?:https?:\/\/|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/gi)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
