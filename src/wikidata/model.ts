// The part of Wikidata an import reads, independent of the export's form: people with the
// positions they held (P39) and the positions with their jurisdiction (P1001) and kind (P279).
export interface WdTime {
  /** YYYY-MM-DD, the first day of the month or year at coarser precision. */
  day: string;
  precision: 'day' | 'month' | 'year';
}

export interface WdPositionHeld {
  position: string;
  start?: WdTime;
  end?: WdTime;
  rank: 'preferred' | 'normal' | 'deprecated';
  /** Values of "subject has role" (P2868), "object has role" (P3831) and "nature of statement" (P5102): acting, interim, de facto... */
  roles: string[];
  /** Reference URLs (P854). */
  sources: string[];
  /** The statement's GUID, for the review report. */
  guid?: string;
}

export interface WdItem {
  id: string;
  labels: Record<string, string>;
  aliases: Record<string, string[]>;
  /** P39 position held. */
  positions: WdPositionHeld[];
  /** P1001 applies to jurisdiction. */
  jurisdictions: string[];
  /** P279 subclass of (a position's kind: "President of Kyrgyzstan" is a subclass of "president"). */
  kinds: string[];
}

export interface WdExport {
  /** Which form the file was in. */
  form: 'entity-data' | 'dump' | 'sparql';
  items: Map<string, WdItem>;
}
