// Adjectives of peoples and names of languages ("Azerbaijani", "Arabic", "Turkish"): never a place
// and never an organisation. Most are a country's name with a suffix ("Azerbaijan" → "Azerbaijani",
// "Egypt" → "Egyptian", "Sudan" → "Sudanese", "Turkey" → "Turkish"), read against the countries the
// article itself names; the rest (languages, and adjectives no suffix rule reaches) are listed.
// Lexicon: general English, not drawn from any article.

const LISTED = [
  "Arabic", "English", "French", "German", "Dutch", "Greek", "Spanish", "Portuguese", "Swiss", "Welsh", "Scottish", "Irish",
  "Danish", "Swedish", "Finnish", "Norwegian", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Serbian",
  "Croatian", "Bosnian", "Albanian", "Macedonian", "Slovenian", "Ukrainian", "Belarusian", "Russian", "Georgian", "Armenian",
  "Azerbaijani", "Azeri", "Turkish", "Kurdish", "Persian", "Farsi", "Dari", "Pashto", "Urdu", "Hindi", "Bengali", "Punjabi",
  "Tamil", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese", "Thai", "Malay", "Indonesian", "Filipino",
  "Hebrew", "Yiddish", "Amharic", "Tigrinya", "Oromo", "Somali", "Swahili", "Hausa", "Yoruba", "Igbo", "Berber", "Tamazight",
  "Wolof", "Fulani", "Bambara", "Latin", "Kazakh", "Uzbek", "Turkmen", "Kyrgyz", "Tajik", "Mongolian", "Tatar", "Chechen",
  "Baluchi", "Emirati", "Saudi", "Lebanese", "Togolese", "Congolese", "Nepalese", "Maltese", "Cypriot", "Malagasy", "Burmese",
  "Afghan", "Pakistani", "Iraqi", "Iranian", "Israeli", "Palestinian", "Egyptian", "Sudanese", "Ethiopian", "Nigerien",
  "Nigerian", "Malian", "Chadian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Mauritanian", "Yemeni", "Omani", "Qatari",
  "Kuwaiti", "Bahraini", "Jordanian", "Syrian", "American", "British", "Canadian", "Mexican", "Brazilian", "Indian", "Italian",
];
const listed = new Set(LISTED);

const SUFFIXES = ["i", "ian", "an", "ese", "ish", "ien", "ic"];
// a country's stem: its name without final vowels ("Armenia" → "Armen", "Turkey" → "Turk")
const stem = (name: string) => name.replace(/[aeiouy]+$/, "");

/** The names a suffix is put on: the name and its stem ("Turkey", "Turk"). */
function basesOf(name: string): string[] {
  if (name.length < 4) return [];
  return [...new Set([name, stem(name)].filter((b) => b.length >= 3))];
}

/** The adjectives a suffix makes of a name: "Azerbaijan" → "Azerbaijani", "Turkey" → "Turkish". */
function adjectivesOf(name: string): string[] {
  return basesOf(name).flatMap((b) => SUFFIXES.map((s) => b + s)).filter((a) => a !== name);
}

/** The text's capitalised words, and those words by their bases, read once per text: articles are
 *  asked about many words, and a batch file may be megabytes long. Asking by base (the inverse of
 *  adjectivesOf) keeps the reading to two entries a word instead of every adjective of every word. */
let last: { text: string; words: Set<string>; byBase: Map<string, string[]> } | null = null;
function lexiconOf(text: string) {
  if (last?.text !== text) {
    const words = new Set(text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? []);
    const byBase = new Map<string, string[]>();
    for (const name of words) for (const b of basesOf(name)) byBase.set(b, [...(byBase.get(b) ?? []), name]);
    last = { text, words, byBase };
  }
  return last;
}

/** Some name of the text other than the word itself makes the word with a suffix. */
function suffixedName(word: string, byBase: Map<string, string[]>): boolean {
  return SUFFIXES.some((s) => word.endsWith(s) && (byBase.get(word.slice(0, -s.length)) ?? []).some((name) => name !== word));
}

/** A people's adjective or a language: listed, or a suffixed form of a name the text holds. */
export function isDemonym(word: string, text: string): boolean {
  return listed.has(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && suffixedName(word, lexiconOf(text).byBase));
}

/** A country or people named by the text's own adjective for it ("Azerbaijan" beside "Azerbaijani"). */
export function namesAPeople(word: string, text: string): boolean {
  const { words } = lexiconOf(text);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && adjectivesOf(word).some((a) => words.has(a));
}
