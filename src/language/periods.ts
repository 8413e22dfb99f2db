// Periods in text, in fact-set period syntax (YYYY, YYYY-H1, YYYY-Q3, YYYY-MM,
// YYYY-MM..YYYY-MM): explicit years, halves, quarters, first-n-months, months and month
// ranges, and years relative to the article's date ("last year", "im Vorjahr", "tahun lalu").
// Words come from rules/lang/<lang>/periods.json and month names from calendar.json.
//
// The text is cut into tokens (one alternation of every period word plus four-digit years),
// then a small grammar joins adjacent tokens:
//   [lead] part [link] [year-ref]                 "in the first half of 2025"
//   [lead] month [year] joiner month [year-ref]   "за январь–сентябрь 2025 года"
//   [lead] month year-ref | lead month            "im Mai 2024", "в мае"
//   [lead] year-ref [joiner year-ref]             "в 2024 году", "2020–2024", "tahun lalu"
//   year-ref part | year-ref month [joiner month]  "2024-жылдын биринчи жарымында" (partAfterYear)
// where year-ref = relative-year | [year-before] YYYY [year-after].
import type { Span } from '../types.js';
import { calendarPack } from './calendar.js';
import { findDates, yearOf, type DateMention } from './dates.js';
import type { PeriodsPack } from './periods-pack.js';

export type { PeriodsPack } from './periods-pack.js';
import { loadPack, perLanguage } from './pack.js';
import { Lexicon, type LexiconMatch } from './lexicon.js';


export interface PeriodMention {
  /** The whole expression, with its preposition ("в первом полугодии 2025 года"). */
  span: Span;
  /** Fact-set period: YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM..YYYY-MM; a fiscal year YYYY/YY (not a fact-set period: the check finds its months). */
  period: string;
  /** True when the year comes from the article's date (a relative word, or no year written). */
  relative: boolean;
}

type Role = 'lead' | 'yearBefore' | 'yearAfter' | 'link' | 'relative' | 'half' | 'quarter' | 'monthSpan' | 'joiner' | 'month';

interface RoleValue {
  role: Role;
  n: number;
}

interface Token {
  start: number;
  end: number;
  text: string;
  roles: RoleValue[];
  /** A four-digit number. */
  year?: number;
  /** Written onto "FY" ("FY2024"): a fiscal year, named by the year it ends in. */
  fy?: boolean;
}

interface PeriodRules {
  words: Lexicon<RoleValue[]>;
  monthsCapitalized: boolean;
  partAfterYear: boolean;
  /** The language's words for a fiscal year, as one pattern (periods.json "fiscalYear"). */
  fiscal: RegExp | undefined;
}

const periodRules = perLanguage(buildPeriodRules);

function buildPeriodRules(code: string): PeriodRules | undefined {
  const pack = loadPack<PeriodsPack>(code, 'periods');
  let rules: PeriodRules | undefined;
  if (pack) {
    // One form may play several roles ("tahun" is a year word and a link; "hingga" a lead and a joiner).
    const byForm = new Map<string, { form: string; roles: RoleValue[] }>();
    const add = (forms: string[] | undefined, role: Role, n = 0) => {
      for (const form of forms ?? []) {
        const key = form.toLowerCase();
        const entry = byForm.get(key) ?? { form, roles: [] };
        entry.roles.push({ role, n });
        byForm.set(key, entry);
      }
    };
    add(pack.leads, 'lead');
    add(pack.yearBefore, 'yearBefore');
    add(pack.yearAfter, 'yearAfter');
    add(pack.links, 'link');
    add(pack.rangeJoiners, 'joiner');
    for (const r of pack.relativeYears) add(r.forms, 'relative', r.offset);
    for (const h of pack.halves) add(h.forms, 'half', h.n);
    for (const q of pack.quarters) add(q.forms, 'quarter', q.n);
    for (const s of pack.monthSpans ?? []) add(s.forms, 'monthSpan', s.n);
    calendarPack(code)?.months.forEach((forms, i) => add(forms, 'month', i + 1));
    rules = {
      // Year words may touch the year ("2024г."), so only a letter before a form is a boundary.
      words: new Lexicon([...byForm.values()].map((e) => ({ spec: e.form, data: e.roles })), { lead: 'letter', trail: 'word' }),
      monthsCapitalized: pack.monthsCapitalized === true,
      partAfterYear: pack.partAfterYear === true,
      fiscal: pack.fiscalYear?.length
        ? new RegExp(`(?<!\\p{L})(?:${pack.fiscalYear.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?!\\p{Ll})`, 'iu')
        : undefined,
    };
  }
  return rules;
}

const YEAR = /(?<![\p{L}\p{N}]|\p{N}[.,])\d{4}(?![\p{N}]|[.,]\p{N})/gu;
const FY_YEAR = /(?<![\p{L}\p{N}])FY(\d{4})(?!\p{N})/gu;

function tokens(text: string, r: PeriodRules, dates: readonly DateMention[]): Token[] {
  const masks = dates
    .filter((d) => d.kind === 'date')
    .map((d) => d.span);
  const words = r.words.all(text);
  const toks: Token[] = words.map((m: LexiconMatch<RoleValue[]>) => ({ start: m.start, end: m.end, text: m.text, roles: m.data }));
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    toks.push({ start: m.index, end: m.index + 4, text: m[0], roles: [], year: Number(m[0]) });
  }
  // "FY2023-24": a fiscal year's abbreviation written onto its year.
  if (r.fiscal && text.includes('FY')) {
    FY_YEAR.lastIndex = 0;
    for (let m = FY_YEAR.exec(text); m; m = FY_YEAR.exec(text)) toks.push({ start: m.index + 2, end: m.index + 6, text: m[1]!, roles: [], year: Number(m[1]), fy: true });
  }
  toks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let mi = 0;
  for (const t of toks) {
    if (out.length && t.start < out[out.length - 1]!.end) continue;
    while (mi < masks.length && masks[mi]!.end <= t.start) mi++;
    const mask = masks[mi];
    if (mask && mask.start < t.end) continue;
    if (r.monthsCapitalized && t.roles.some((v) => v.role === 'month') && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) {
      t.roles = t.roles.filter((v) => v.role !== 'month');
      if (!t.roles.length) continue;
    }
    out.push(t);
  }
  return out;
}

function has(t: Token | undefined, role: Role): RoleValue | undefined {
  return t?.roles.find((v) => v.role === role);
}

interface YearRef {
  next: number;
  year: number;
  relative: boolean;
  /** Written with a word around it ("в 2024 году", "im Jahr 2024"), not a bare number. */
  worded: boolean;
}

class Grammar {
  constructor(
    private readonly text: string,
    private readonly toks: Token[],
    private readonly articleYear: number | undefined,
    private readonly partAfterYear: boolean,
    private readonly fiscal: RegExp | undefined,
  ) {}

  /**
   * A fiscal year written as two years: "2023/24", "2023/2024", "2023-24" are one; "2022-2023"
   * only with a word for a fiscal year next to it ("fiscal year 2022-2023", "tahun fiskal
   * 2022-2023"), else it is two calendar years. Given as "2023/24": which months it spans differs
   * by country, and the check reads them from the fact set.
   */
  fiscalYear(i: number, y: YearRef): { next: number; period: string; relative: boolean } | undefined {
    let yt = i;
    while (yt < y.next && this.toks[yt]!.year === undefined) yt++;
    const t = this.toks[yt];
    if (!t || t.year !== y.year) return undefined;
    const m = /^([/\-\u2013])(\d{4}|\d{2})(?!\d)/u.exec(this.text.slice(t.end, t.end + 6));
    if (!m && t.fy) return { next: yt + 1, period: `${y.year - 1}/${String(y.year % 100).padStart(2, '0')}`, relative: false };
    if (!m) return undefined;
    const second = m[2]!.length === 2 ? Math.floor(y.year / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== y.year + 1) return undefined;
    if (m[1] !== '/' && m[2]!.length === 4) {
      const around = this.text.slice(Math.max(0, t.start - 30), t.end + m[0].length + 30);
      if (!this.fiscal?.test(around)) return undefined;
    }
    const end = t.end + m[0].length;
    let next = yt + 1;
    while (next < this.toks.length && this.toks[next]!.start < end) next++;
    return { next, period: `${y.year}/${String(second % 100).padStart(2, '0')}`, relative: false };
  }

  /** Tokens i and i+1 touch or stand apart by at most three spaces. */
  adj(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b) return false;
    const gap = this.text.slice(a.end, b.start);
    return gap.length <= 3 && /^[\s\u00A0\u2009\u202F]*$/u.test(gap);
  }

  /** A year at token i: relative words, or [year-before] YYYY [year-after]. */
  yearRef(i: number, lead: boolean): YearRef | undefined {
    const t = this.toks[i];
    if (!t) return undefined;
    const rel = has(t, 'relative');
    if (rel) {
      if (this.articleYear === undefined) return undefined;
      return { next: i + 1, year: this.articleYear + rel.n, relative: true, worded: true };
    }
    let k = i;
    let worded = lead;
    if (has(t, 'yearBefore') && this.adj(k)) {
      k++;
      worded = true;
    }
    const y = this.toks[k];
    if (y?.year === undefined || (k > i && !this.adj(k - 1))) return undefined;
    k++;
    if (has(this.toks[k], 'yearAfter') && this.adj(k - 1)) {
      k++;
      worded = true;
    }
    const lo = worded ? 1000 : 1900;
    const hi = worded ? 2999 : 2100;
    if (y.year < lo || y.year > hi) return undefined;
    return { next: k, year: y.year, relative: false, worded };
  }

  /** An optional link word, then a year-ref. */
  linkedYear(i: number): YearRef | undefined {
    if (has(this.toks[i], 'link') && this.adj(i - 1) && this.adj(i)) {
      const y = this.yearRef(i + 1, true);
      if (y) return y;
    }
    if (!this.adj(i - 1)) return undefined;
    return this.yearRef(i, true);
  }

  fallbackYear(): YearRef | undefined {
    return this.articleYear === undefined ? undefined : { next: -1, year: this.articleYear, relative: true, worded: true };
  }

  /** A period starting at token i (after any lead). */
  core(i: number, lead: boolean): { next: number; period: string; relative: boolean } | undefined {
    const t = this.toks[i];
    if (!t) return undefined;
    const part = has(t, 'half') ?? has(t, 'quarter') ?? has(t, 'monthSpan');
    if (part) {
      const y = this.linkedYear(i + 1) ?? this.fallbackYear();
      if (!y) return undefined;
      const next = y.next < 0 ? i + 1 : y.next;
      const period =
        part.role === 'half' ? `${y.year}-H${part.n}` : part.role === 'quarter' ? `${y.year}-Q${part.n}` : `${y.year}-01..${y.year}-${pad(part.n)}`;
      return { next, period, relative: y.relative };
    }
    const month = has(t, 'month');
    if (month) {
      let k = i + 1;
      const y1 = this.adj(i) ? this.yearRef(k, true) : undefined;
      if (y1 && !y1.relative) k = y1.next;
      const joiner = has(this.toks[k], 'joiner') && this.adj(k - 1) && this.adj(k);
      const month2 = joiner ? has(this.toks[k + 1], 'month') : undefined;
      if (month2) {
        const y1Explicit = y1 && !y1.relative ? y1 : undefined;
        const y2 = this.linkedYear(k + 2);
        let startYear: number;
        let endYear: number;
        let relative: boolean;
        if (y2) {
          endYear = y2.year;
          startYear = y1Explicit ? y1Explicit.year : month.n > month2.n ? endYear - 1 : endYear;
          relative = y2.relative && !y1Explicit;
        } else if (y1Explicit) {
          startYear = y1Explicit.year;
          endYear = month2.n >= month.n ? startYear : startYear + 1;
          relative = false;
        } else if (this.articleYear !== undefined) {
          endYear = this.articleYear;
          startYear = month.n > month2.n ? endYear - 1 : endYear;
          relative = true;
        } else return undefined;
        return { next: y2 ? y2.next : k + 2, period: `${startYear}-${pad(month.n)}..${endYear}-${pad(month2.n)}`, relative };
      }
      const y = y1 ?? this.linkedYear(i + 1);
      if (y) return { next: y.next, period: `${y.year}-${pad(month.n)}`, relative: y.relative };
      if (lead && this.articleYear !== undefined) {
        return { next: i + 1, period: `${this.articleYear}-${pad(month.n)}`, relative: true };
      }
      return undefined;
    }
    const y = this.yearRef(i, lead);
    if (!y) return undefined;
    if (!y.relative) {
      const fy = this.fiscalYear(i, y);
      if (fy) return fy;
    }
    if (this.partAfterYear && this.adj(y.next - 1)) {
      const after = this.partOfYear(y);
      if (after) return after;
    }
    if (!y.relative && has(this.toks[y.next], 'joiner') && this.adj(y.next - 1) && this.adj(y.next)) {
      const y2 = this.yearRef(y.next + 1, true);
      if (y2 && !y2.relative && y2.year > y.year) {
        return { next: y2.next, period: `${y.year}-01..${y2.year}-12`, relative: false };
      }
    }
    return { next: y.next, period: String(y.year), relative: y.relative };
  }

  /** A half, quarter, month span, month or month range right after the year it belongs to. */
  partOfYear(y: YearRef): { next: number; period: string; relative: boolean } | undefined {
    const k = y.next;
    const t = this.toks[k];
    const part = has(t, 'half') ?? has(t, 'quarter') ?? has(t, 'monthSpan');
    if (part) {
      const period = part.role === 'half' ? `${y.year}-H${part.n}` : part.role === 'quarter' ? `${y.year}-Q${part.n}` : `${y.year}-01..${y.year}-${pad(part.n)}`;
      return { next: k + 1, period, relative: y.relative };
    }
    const month = has(t, 'month');
    if (!month) return undefined;
    const month2 = has(this.toks[k + 1], 'joiner') && this.adj(k) && this.adj(k + 1) ? has(this.toks[k + 2], 'month') : undefined;
    if (month2) {
      const end = month2.n >= month.n ? y.year : y.year + 1;
      return { next: k + 3, period: `${y.year}-${pad(month.n)}..${end}-${pad(month2.n)}`, relative: y.relative };
    }
    return { next: k + 1, period: `${y.year}-${pad(month.n)}`, relative: y.relative };
  }

  at(i: number): { next: number; mention: PeriodMention } | undefined {
    const t = this.toks[i]!;
    // With a lead ("в", "im", "pada") first; the same token may also open a period itself.
    const attempts: Array<[number, boolean]> = has(t, 'lead') && this.adj(i) ? [[i + 1, true], [i, false]] : [[i, false]];
    for (const [from, lead] of attempts) {
      const r = this.core(from, lead);
      if (!r) continue;
      const last = this.toks[r.next - 1]!;
      return { next: r.next, mention: { span: { start: t.start, end: last.end }, period: r.period, relative: r.relative } };
    }
    return undefined;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Periods in the text, in order. Relative years and periods without a written year are
 * resolved from the article's date (YYYY-MM-DD); without one they are left out. Years inside
 * full dates ("8 May 2023") are dates, not periods. `dates`: the text's dates, when the caller
 * found them already.
 */
export function findPeriods(text: string, lang: string, articleDate?: string, dates?: readonly DateMention[]): PeriodMention[] {
  const r = periodRules(lang);
  if (!r) return [];
  const toks = tokens(text, r, dates ?? findDates(text, lang));
  const g = new Grammar(text, toks, yearOf(articleDate), r.partAfterYear, r.fiscal);
  const out: PeriodMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const hit = g.at(i);
    if (hit) {
      out.push(hit.mention);
      i = Math.max(hit.next, i + 1);
    } else i++;
  }
  return out;
}
