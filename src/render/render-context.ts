import type { Locale } from '../i18n/locales.ts';
import type { EditorialNote } from '../core/editorial.ts';
import type { TextLink } from './segments.ts';

/** What the plan-rendering components need besides the nodes themselves. */
export interface RenderContext {
  locale: Locale;
  /** Where each endnote is shown: an in-page `#id` or another page's URL with anchor. */
  noteHref: (noteId: string) => string;
  /** Editorial notes attached to a node. */
  editorial: (nodeId: string) => readonly EditorialNote[];
  /** Commitments a node makes, to mark in the text and link to the explorer. */
  commitments: (nodeId: string) => readonly { id: string; label: string; href: string }[];
  /** Linked spans of a node's text (glossary terms at their first occurrence on the page). */
  textLinks: (nodeId: string) => readonly TextLink[];
  /** False on pages that show a node twice (side by side): no ids, so anchors stay unique. */
  anchors: boolean;
}
