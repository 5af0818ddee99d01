// Words that mark the slots of a citation in a note. Sources: the Chicago Manual of Style's
// notes-bibliography forms (the house style of most policy bulletins), and the field names of
// GROBID and AnyStyle (author, title, container-title, publisher, date, url, accessed, language).

/** Language names in English (ISO 639-1's major languages) as they appear in "[in Russian]" tags. */
export const languages = [
  "Arabic", "Armenian", "Azerbaijani", "Chinese", "Dutch", "English", "Farsi", "French", "Georgian", "German",
  "Greek", "Hebrew", "Hindi", "Italian", "Japanese", "Kazakh", "Korean", "Persian", "Polish", "Portuguese",
  "Romanian", "Russian", "Spanish", "Swahili", "Turkish", "Ukrainian", "Urdu",
];

/** Words before a date that make it the date the address was read, not the work's date. */
export const accessCue = /\b(?:accessed|retrieved|viewed|consulted|last visited|available at)\b[^,;]*$/i;

/** Notes that repeat an earlier citation instead of citing a new work. */
export const repeatCue = /^(?:ibid|ibidem|id\.|op\.? ?cit|loc\.? ?cit)\b/i;

/** Head words of corporate names (bodies, companies and their legal suffixes, media): a segment
 *  holding one is never a list of personal names. Words that are also common surnames are left out. */
export const corporateWord = new RegExp(
  "\\b(?:" +
    [
      "Agency", "Army", "Association", "Authority", "Bank", "Bureau", "Center", "Centre", "Commission", "Committee", "Company",
      "Corporation", "Council", "Department", "Forces", "Forum", "Foundation", "Fund", "Government", "Group", "Heritage", "Initiative",
      "Institute", "Ministry", "Navy", "Network", "News", "Office", "Online", "Organi[sz]ation", "Press", "Programme", "Program",
      "Research", "Service", "Tribune", "Union", "University", "Watch", "Website", "World",
      "Ltd", "PLC", "Inc", "LLC", "GmbH", "AG", "SA", "Co",
      "Times", "Post", "Herald", "Gazette", "Journal", "Review", "Daily", "Weekly", "Monitor", "Observer", "Wire", "Telegraph",
      "Chronicle", "Radio", "Television", "TV", "Broadcasting",
    ].join("|") +
    ")\\b",
);

/** Small words a title-cased name keeps in lower case ("Law of the Sea Bulletin"). */
export const nameFunctionWord = /^(?:a|an|and|at|de|del|der|des|du|for|in|la|le|of|on|the|to|und|van|von|y)$/;

/** Lower-case kinds of document written between the title and the date ("press release"). */
export const documentKind = /^(?:[a-z][a-z-]*)(?: [a-z-]+){0,3}$/;
