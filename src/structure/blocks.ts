// Blocks: runs of non-blank lines in the article view, the raw material of paragraphs and
// headings. Spans are view positions with surrounding white space trimmed.
export type Block = { start: number; end: number; text: string; lines: number };

export function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let a = m.index;
    let b = a + m[0].length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    const body = text.slice(a, b);
    blocks.push({ start: a, end: b, text: body, lines: body.split("\n").length });
  }
  return blocks;
}

/** The block's text on one line: hard wraps joined, words hyphenated at a line end re-joined. */
export function flat(text: string): string {
  if (!text.includes("\n")) return text; // most blocks are one line: nothing to join
  // the hyphen before the look back at its letter, so that only hyphens are tried (see text/flat.ts)
  return text.replace(/-(?<=\p{Ll}-)\n(?=\p{Ll})/gu, "").replace(/\s*\n\s*/g, " ");
}
