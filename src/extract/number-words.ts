// Word lists for numbers. Sources: English cardinal, fraction and scale words (any English
// grammar); lakh and crore are the Indian numbering system's scales (10^5, 10^7) as used in South
// Asian English; currency signs and ISO 4217 codes are from the ISO 4217 list and the signs that
// central banks print before their figures (A$, S$, R$…). None is drawn from any article.

export const small: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
export const scales: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, lakh: 1e5, crore: 1e7,
};
// Scale words written after digits ("2.5 lakh", "40 crores"); "m" is handled apart (metres).
export const DIGIT_SCALE = "million|billion|trillion|thousand|bn|mn|lakhs?|crores?";

// Denominators of fractions in words, singular and plural ("a third", "two-thirds").
export const fractions: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

// Signs glued before a figure. A bare "$" is read as US dollars; "Rs" (rupees) as Indian rupees,
// the most common in the genre: Pakistani or Sri Lankan rupees are written with their codes.
export const currencies: Record<string, string> = {
  $: "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "S$": "SGD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL",
  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₩": "KRW", Rs: "INR", "Rs.": "INR",
};
export const CURRENCY_SIGN = String.raw`(?:US|AU?|S|CA?|NZ|HK|R)\$|[$€£¥₹₽₺₪₩]|\bRs\.?\s?`;
// ISO 4217 codes common in policy writing
export const CODES = "USD|EUR|GBP|JPY|CNY|RMB|RUB|TRY|AZN|ILS|EGP|INR|CHF|AED|SAR|QAR|KWD|OMR|BHD|IRR|IQD|JOD|LBP|PKR|KZT|UZS|GEL|AMD|UAH|PLN|SEK|NOK|DKK|CAD|AUD|NZD|HKD|SGD|KRW|BRL|MXN|ZAR|NGN|KES|ETB|LKR|BDT|NPR|IDR|MYR|THB|PHP|VND|XOF|XAF|MAD|TND|DZD|GHS|TZS|UGX|ARS|CLP|COP|PEN|TWD";
// Currency names after a figure in words ("twenty dollars") and their hundredth parts ("ten cents").
export const currencyWords: Record<string, string> = { dollar: "USD", euro: "EUR", pound: "GBP", yen: "JPY", ruble: "RUB", rouble: "RUB", lira: "TRY", shekel: "ILS", rupee: "INR" };
export const SUBUNIT = "cents?|pence|kopecks?|kuru[sş]|paise";
