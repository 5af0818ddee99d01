// Is a short name a person's? compromise knows given names and name shapes; it reads only the
// candidate phrase (a few words), never the article, so its cost stays small.
import nlp from "compromise";

export function isPersonName(phrase: string): boolean {
  if (phrase.split(/\s+/).length > 4) return false;
  return nlp(phrase).people().found as boolean;
}
