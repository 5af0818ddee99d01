// Which characters of a text are already taken by some span: overlap tests in time proportional to
// the span's length, so extractors stay linear however many records an input holds.
import type { Span } from "./view.js";

export class Mask {
  private readonly bits: Uint8Array;
  constructor(length: number, spans: Span[] = []) {
    this.bits = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }
  add(s: Span): void {
    this.bits.fill(1, Math.max(0, s.start), Math.max(s.start, s.end));
  }
  /** Some character of the span is taken. */
  hits(s: Span): boolean {
    for (let i = Math.max(0, s.start); i < s.end; i++) if (this.bits[i]) return true;
    return false;
  }
  /** Every character of the span is taken. */
  covers(s: Span): boolean {
    for (let i = Math.max(0, s.start); i < s.end; i++) if (!this.bits[i]) return false;
    return s.end > s.start;
  }
}

/** Index of the last item whose start is <= pos, in items sorted by start; -1 if none. Items may
 *  be in view or in source positions, as long as `pos` is in the same. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
