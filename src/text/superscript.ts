// Superscript digits as PDF converters leave note calls: ¹ ² ³ and U+2070–U+2079.
const superscriptDigits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
export const superscriptRun = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+/gu;

export function superscriptValue(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + superscriptDigits.indexOf(ch);
  return n;
}
