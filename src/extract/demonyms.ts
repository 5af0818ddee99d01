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

const SUFFIX = /^(?:i|ian|an|ese|ish|ien|ic)$/;
// a country's stem: its name without final vowels ("Armenia" → "Armen", "Turkey" → "Turk")
const stem = (name: string) => name.replace(/[aeiouy]+$/, "");

/** `word` is an adjective of `name` by a suffix: "Azerbaijani" of "Azerbaijan", "Turkish" of "Turkey". */
function adjectiveOf(word: string, name: string): boolean {
  if (word.length <= name.length - 2 || name.length < 4) return false;
  for (const base of new Set([name, stem(name)]))
    if (base.length >= 3 && word.startsWith(base) && SUFFIX.test(word.slice(base.length))) return true;
  return false;
}

const capitalised = (text: string) => new Set(text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? []);

/** A people's adjective or a language: listed, or a suffixed form of a name the text holds. */
export function isDemonym(word: string, text: string): boolean {
  if (listed.has(word)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/(?:i|ian|an|ese|ish|ien|ic)$/.test(word)) return false;
  for (const name of capitalised(text)) if (name !== word && adjectiveOf(word, name)) return true;
  return false;
}

/** A country or people named by the text's own adjective for it ("Azerbaijan" beside "Azerbaijani"). */
export function namesAPeople(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (const adjective of capitalised(text)) if (adjective !== word && adjectiveOf(adjective, word)) return true;
  return false;
}
