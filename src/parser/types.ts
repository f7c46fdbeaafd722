/**
 * The typed plan tree produced by `parsePlan`.
 *
 * Every node carries the 1-based seed line numbers it was built from (`lines`), so that
 * `checkLossless` can prove each non-blank line of the source is published exactly once.
 * Ids are derived from a node's ordinal position within its parent (`ch04-s02-p03`), so
 * editing one paragraph never renames the ids of another section.
 */

/** A reference from a position in a paragraph's text to an endnote. */
export interface NoteRef {
  noteId: string;
  /** Character offset in `text` after which the note mark is shown. */
  offset: number;
}

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  /** Full paragraph text, lead included. */
  text: string;
  /** Run-in lead sentence (a prefix of `text`, ending in `。`), set in bold. */
  lead?: string;
  noteRefs: NoteRef[];
  lines: number[];
}

/** A `label：value` line of the closing block, e.g. `规划基准年：2020年`. */
export interface Term {
  kind: 'term';
  id: string;
  label: string;
  value: string;
  lines: number[];
}

export interface BoxItem {
  kind: 'item';
  id: string;
  text: string;
  /** Item title: the run-in lead sentence, when the item has one. */
  lead?: string;
  lines: number[];
}

export interface BoxGroup {
  kind: 'group';
  id: string;
  /** e.g. `（一）大气环境质量改善工程` */
  title: string;
  items: BoxItem[];
  lines: number[];
}

export interface TableFootnote {
  /** The number inside `【n】`. */
  mark: number;
  id: string;
  text: string;
}

/** One curated row of a table box (see `src/content/tables/`). */
export interface TableRow {
  id: string;
  /** 类别 */
  group: string;
  /** 序号 as printed; null where the table has no numbers (box 2). */
  number: string | null;
  /** 指标名称; for nested rows the parent name (e.g. 森林增长). */
  name: string;
  /** Sub-name of a nested row (e.g. 森林覆盖率 under 森林增长). */
  sub?: string | undefined;
  /** 指标性质 / 指标属性 as printed: 约束性 or 预期性. */
  nature: string;
  /** The value columns, exactly as printed, in `valueKeys` order. */
  values: string[];
  /** Seed lines this row's cells were printed on. */
  lines: number[];
}

export interface TableData {
  /** Header cells as printed, one per column (指标名称 spans name and sub). */
  header: string[];
  /** Machine keys of the value columns, e.g. `target2020`. */
  valueKeys: string[];
  rows: TableRow[];
}

interface BoxBase {
  kind: 'box';
  id: string;
  number: number;
  /** `专栏1` */
  label: string;
  title: string;
  lines: number[];
}

export interface TableBox extends BoxBase {
  variant: 'table';
  /** The box body lines as they stand in the seed (for checks and for the record). */
  raw: { line: number; text: string }[];
  table: TableData;
  /** `说明` or `备注` */
  footnoteLabel: string;
  footnotes: TableFootnote[];
}

export interface ListBox extends BoxBase {
  variant: 'list';
  entries: (BoxItem | BoxGroup)[];
}

export type Box = TableBox | ListBox;
export type Block = Paragraph | Box;

export interface Section {
  kind: 'section';
  id: string;
  number: number;
  /** `第一节` */
  label: string;
  title: string;
  blocks: Block[];
  lines: number[];
}

export interface Chapter {
  kind: 'chapter';
  id: string;
  number: number;
  /** `第一章` */
  label: string;
  /** Whole title, wrapped lines joined (`以碳达峰行动为总抓手，推动经济绿色低碳循环发展`). */
  title: string;
  /** Paragraphs before the first section. */
  intro: Block[];
  sections: Section[];
  lines: number[];
}

export interface Preface {
  kind: 'preface';
  id: 'preface';
  /** Title with its spacing removed (`前言`); the seed writes `前  言`. */
  title: string;
  blocks: Paragraph[];
  lines: number[];
}

export interface ClosingPart {
  kind: 'closing-part';
  id: string;
  /** e.g. `规划范围` (the seed line is `规划范围：`). */
  title: string;
  blocks: (Paragraph | Term)[];
  lines: number[];
}

export interface Closing {
  kind: 'closing';
  id: 'closing';
  parts: ClosingPart[];
  lines: number[];
}

export interface Endnote {
  kind: 'endnote';
  id: string;
  /** The defined term, e.g. `“四个大区”`. */
  term: string;
  /** The definition after `：`. */
  text: string;
  /** Id of the paragraph that refers to this note. */
  refFrom: string;
  lines: number[];
}

export interface TitleBlock {
  kind: 'title';
  id: 'title';
  title: string;
  period: string;
  issuer: string;
  date: string;
  lines: number[];
}

export interface Plan {
  titleBlock: TitleBlock;
  preface: Preface;
  chapters: Chapter[];
  closing: Closing;
  endnotes: Endnote[];
}

/** Any node with an id, as found by `walkPlan`. */
export type PlanNode =
  | TitleBlock
  | Preface
  | Chapter
  | Section
  | Paragraph
  | Box
  | BoxItem
  | BoxGroup
  | Closing
  | ClosingPart
  | Term
  | Endnote;
