// The article view: the source with line endings unified, invisible characters dropped and
// markup that converters leave behind unwrapped. Line structure is kept: blank lines separate
// blocks, and the structure stage needs them.
import { rewriteAll, type Rewrite, type View } from "../text/view.js";

const rules: Rewrite[] = [
  { pattern: /\r\n?/dg, replace: () => "\n" },
  // soft hyphen, zero-width space/joiners, word joiner, stray BOMs
  { pattern: /[\u00AD\u200B-\u200D\u2060\uFEFF]/dg, replace: () => "" },
  { pattern: /[\u00A0\u2007\u202F]/dg, replace: () => " " },
  // LaTeX-ish wrappers left by PDF converters: $\underline{\text{...}}$, often cut short
  { pattern: /\$((?:\\[a-zA-Z]+\{)+)([^$\n]*?)\}*\$/dg, replace: () => 2 },
  { pattern: /\$(?:\\[a-zA-Z]+\{)+/dg, replace: () => "" },
  // markdown emphasis *x*, **x**, ***x***, across a hard wrap but never across a blank line
  { pattern: /(\*{1,3})(?=[^\s*])((?:[^*\n]|\r?\n(?![ \t]*\r?\n))+?)(?<=[^\s*])\1/dg, replace: () => 2 },
];

export function articleView(identity: View): View {
  return rewriteAll(identity, rules);
}
