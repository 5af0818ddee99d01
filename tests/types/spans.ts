// Type-level examples, compiled by tests/types.test.ts (and by `tsc --noEmit`): every line after a
// `@ts-expect-error` must fail to compile, every other line must compile. Never run.
import { recordToSource, sourceSpan, toSource, type SourceSpan, type View, type ViewSpan } from "../../src/text/view.js";
import type { ViewWarning } from "../../src/footnotes/link.js";
import type { WarningCode } from "../../src/schema/common.js";

declare const view: View;
declare function takesView(s: ViewSpan): void;
declare function takesSource(s: SourceSpan): void;

// a plain literal is a view span; source spans come from toSource, sourceSpan and recordToSource
const viewSpan: ViewSpan = { start: 0, end: 3 };
const fromView = toSource(view, viewSpan.start, viewSpan.end);
const record = recordToSource(view, { start: 0, end: 1, value: "x" });
takesView(viewSpan);
takesView({ start: 1, end: 2 });
takesSource(fromView);
takesSource(sourceSpan(1, 2));
takesSource(record);
const n: number = record.start + fromView.end;

// @ts-expect-error a source span is not a view span
takesView(fromView);
// @ts-expect-error a view span is not a source span
takesSource(viewSpan);
// @ts-expect-error nor is a plain literal
takesSource({ start: 1, end: 2 });
// @ts-expect-error a record moved to source positions is no longer in view positions
takesView(record);
// @ts-expect-error a list of source spans is not a list of view spans
const views: ViewSpan[] = [fromView];

const code: WarningCode = "note-without-call";
const warning: ViewWarning = { code, message: "m", span: viewSpan };
// @ts-expect-error a misspelt warning code
const misspelt: ViewWarning = { code: "note-withot-call", message: "m", span: null };
// @ts-expect-error a warning's place is a view span until assemble moves it
const placed: ViewWarning = { code: "no-headings", message: "m", span: fromView };

export const used = [n, views, warning, misspelt, placed];
