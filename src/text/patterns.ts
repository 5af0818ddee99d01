// Pieces of regular expressions shared by the extractors.

/**
 * Put before a pattern that opens with \p{Lu} and scans a whole text. V8 tries such a pattern at
 * every character, and the Unicode class is costly to test; this look-ahead turns away ASCII
 * characters other than A–Z first, at the cost of a plain class, so the pattern runs two to four
 * times faster. It changes no match: every upper-case letter passes it.
 */
export const UPPER_AHEAD = String.raw`(?![\0-@\[-\x7f])`;
