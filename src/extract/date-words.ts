// The date extractor's English word lists: month and weekday names, ordinal day words, the words
// years are spelt in, and the ordinals that name quarters and halves. General English, not drawn
// from any article.

export const monthNames = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?`;

const unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
/** Day ordinals in words, index + 1 = the day: "first" … "thirty-first". */
export const dayOrdinals = [
  ...unitOrdinals,
  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
  "twentieth", ...unitOrdinals.map((o) => `twenty-${o}`),
  "thirtieth", "thirty-first",
];

/** Ordinals that name a quarter ("the third quarter", "3rd quarter") or a half, index + 1 = its number. */
export const partOrdinals = [
  ["first", "1st"],
  ["second", "2nd"],
  ["third", "3rd"],
  ["fourth", "4th"],
];

/** Number words a year is spelt in ("nineteen eighty-four", "twenty ten", "nineteen oh five"). */
export const yearWordValues: Record<string, number> = {
  oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 0,
};
export const YEAR_UNITS = "one|two|three|four|five|six|seven|eight|nine";
export const YEAR_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
export const YEAR_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** The century words a spelt year opens with: "eleven" (1100s) to "twenty" (2000s). */
export const YEAR_CENTURIES = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

/** Range words a period may stand between ("between 2010 and the end of 2012"). */
export const PERIOD_EDGE = String.raw`(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+`;

/** Month names of the languages notes cite sources in, January first: a day-month-year date in a
 *  cited title or dateline ("14 novembre 1973", "3 de marzo de 2019", "28 Şubat 2022"). */
export const foreignMonths = [
  ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
  ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
];
