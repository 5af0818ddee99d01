// Article metadata read from the header, title, byline and rights sections.
import { findDates } from "../extract/dates.js";
import { toSource, type View } from "../text/view.js";
import { flat } from "./blocks.js";
import { headingText, splitNames } from "./cues.js";
import { namesABody } from "../extract/organisations.js";
import type { Layout } from "./sections.js";
import type { Metadata } from "../schema/article.js";
import type { SectionKind } from "../schema/sections.js";

export function readMetadata(source: string, view: View, layout: Layout): Metadata {
  const textOf = (kind: SectionKind) => {
    const s = layout.sections.find((x) => x.kind === kind);
    return s ? { section: s, text: view.text.slice(s.span.start, s.span.end) } : null;
  };
  const header = textOf("header");
  const title = textOf("title");
  const byline = textOf("byline");
  const rights = textOf("rights");
  const headerFlat = header ? flat(header.text) : "";

  const editorsMatch = /\b(?:editors?|edited by)\s*:?\s*(.+?)(?=\s*(?:\||•|—|–|\bvol(?:\.|ume\b)|\bno\.|\bissue\b|$))/i.exec(headerFlat);
  const volume = /\bvol(?:\.|ume)\s*(\d+)/i.exec(headerFlat);
  const issue = /\b(?:no\.|number|issue)\s*(\d+)/i.exec(headerFlat);

  let issueDate: Metadata["issueDate"] = null;
  if (header) {
    // dates are read on the header's own characters so the span maps back exactly
    const date = findDates(header.text.replace(/\n/g, " "))[0];
    if (date) {
      const span = toSource(view, header.section.span.start + date.start, header.section.span.start + date.end);
      issueDate = { text: source.slice(span.start, span.end), value: date.value, ...span };
    }
  }

  let publisher: string | null = null;
  if (rights) {
    const flatRights = flat(rights.text);
    const m =
      /(?:reserved (?:to|by)|©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:by\s+)?(?:the\s+)?(.+?)(?=\s+at\s+|[,.;]\s|\.$|\s+and\s+(?:the\s+)?authors?\b|\s+all rights|$)/i.exec(
        flatRights,
      );
    if (m && /\p{Lu}/u.test(m[1])) {
      publisher = m[1].replace(/\s*\([^)]*\)\s*$/, "").trim();
      // "© 2023 Caspian Energy Studies, Korkyt Institute": a programme is named with the body it belongs to
      const owner = /^,\s*(\p{Lu}[\p{L}\p{M}'’ -]+?)(?=[,.;]|$)/u.exec(flatRights.slice(m.index + m[0].length));
      if (!namesABody(publisher) && owner && namesABody(owner[1])) publisher = `${publisher}, ${owner[1].trim()}`;
    }
  }

  return {
    title: title ? headingText(flat(title.text)) : null,
    authors: byline ? splitNames(flat(byline.text).replace(/^by\s+/i, "")) : [],
    editors: editorsMatch ? splitNames(editorsMatch[1]) : [],
    volume: volume ? Number(volume[1]) : null,
    issue: issue ? Number(issue[1]) : null,
    issueDate,
    publisher,
  };
}
