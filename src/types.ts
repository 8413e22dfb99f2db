// Shared types: the contract between the pipeline stages.
// documents -> mentions -> claims -> checks -> diagnostics -> reporters

/** ISO 639-1 language code of an article or a name list ("en", "ru", "de", "id", ...). */
export type Lang = string;

/** A half-open range of UTF-16 offsets into the original file text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- documents

export interface SourceDocument {
  /** Path as given to / found by the CLI (relative to cwd when possible). */
  path: string;
  /** Full original text (BOM removed; offsets index into this). */
  text: string;
  /** Offset where the body starts (after front matter), so extractors skip it. */
  bodyStart: number;
  /** Language of the article, or undefined when unknown. */
  lang: Lang | undefined;
  /** Why `lang` is undefined, when detection was asked: no words at all, too little text, a
   *  language none of rules/lang/<lang>/detect.json fits, or more than one fits. */
  langUnknown?: 'no-text' | 'too-short' | 'no-match' | 'ambiguous';
  /** Publication date as YYYY-MM-DD, or undefined when unknown. */
  date: string | undefined;
  /** Where the date came from, for messages. */
  dateSource: 'front-matter' | 'dateline' | 'option' | 'none';
  /** Front matter keys as parsed (kept for config and later rules). */
  frontMatter: Record<string, unknown>;
  /** Offsets of the first character of every line (line 1 at index 0). */
  lineStarts: number[];
  /** True when the file had a UTF-8 BOM (kept when fixing). */
  bom: boolean;
}

/** 1-based line and column (UTF-16 code units, as ESLint). */
export interface Position {
  line: number;
  column: number;
}

// ---------------------------------------------------------------- fact set (format v1)

export type Names = Record<Lang, string[]>;

export interface Entity {
  id: string;
  type: string;
  names?: Names;
  adjectives?: Names;
  /** The Wikidata item ("Q813"), linking the entity for imports and reviews. */
  wikidata?: string;
  note?: string;
  [extra: string]: unknown;
}

export type PropertyKind = 'office' | 'quantity' | 'change' | 'share' | 'place' | 'date';

export interface Property {
  id: string;
  kind: PropertyKind;
  unit?: string;
  of?: string;
  names?: Names;
  note?: string;
  [extra: string]: unknown;
}

export interface Statement {
  subject: string | string[];
  property: string;
  object?: string | { office: string; of: string };
  of?: string | string[];
  from?: string | null;
  to?: string | null;
  /** How precisely `from` / `to` is known (default day): the true day is somewhere in that month or year. */
  fromPrecision?: 'day' | 'month' | 'year';
  toPrecision?: 'day' | 'month' | 'year';
  /** Other days sources give for the boundary (de facto against de jure). */
  fromAlt?: string[];
  toAlt?: string[];
  /** Why a term does not follow the one before it (a vacancy, a contested handover): `facts check` accepts the gap or overlap. */
  continuity?: string;
  /** When an open term (`to: null`) was last checked to be still true. */
  verified?: string;
  date?: string;
  period?: string;
  value?: number;
  /** Bounds of a value known only as "more than" / "less than" (inclusive). */
  min?: number;
  max?: number;
  unit?: string;
  tolerance?: number;
  rank?: 'normal' | 'preferred' | 'deprecated';
  /** Whose statistics the value is ("Russian data", "Kyrgyz data"), for messages. */
  series?: string;
  source: string;
  note?: string;
  [extra: string]: unknown;
}

export interface FactSet {
  entities: Entity[];
  properties: Property[];
  statements: Statement[];
}

/** Where a statement was loaded from, for messages ("claims/offices.json#/statements/3"). */
export interface StatementOrigin {
  file: string;
  pointer: string;
}

/** A statement with a stable id and its origin, as the index hands it out. */
export interface IndexedStatement extends Statement {
  id: string;
  origin: StatementOrigin;
}

// ---------------------------------------------------------------- mentions and claims

/** An entity name found in the text. */
export interface EntityMention {
  entityId: string;
  /** 'name' for a name, 'adjective' for "Kyrgyz", "киргизский". */
  form: 'name' | 'adjective';
  span: Span;
  /** The matched surface text. */
  text: string;
}

interface ClaimBase {
  /** Span in the original text covering the whole claim, reported as the diagnostic range. */
  span: Span;
  /** The sentence the claim comes from (for baselines and cross-article messages). */
  sentence: Span;
  lang: Lang;
}

/** "President of Russia Sadyr Japarov": person holds office of country at a time. */
export interface OfficeClaim extends ClaimBase {
  kind: 'office';
  person: string;
  /** Other entities the person's name may denote (same surname); the claim holds if any fits. */
  alternatives?: string[];
  personSpan: Span;
  office: string;
  officeSpan: Span;
  /** The country or organisation whose office it is, when the text says it. */
  of: string | undefined;
  ofSpan: Span | undefined;
  /** Time qualifier: 'current' unless the text says former/then/acting/future. */
  tense: 'current' | 'former' | 'then' | 'acting' | 'future';
  /** The country came from "from" after the name ("Secretary General X from Kazakhstan"): where the office serves organisations, it is the holder's nationality. */
  ofFrom?: boolean;
  /** "the new foreign minister", "incoming", «новый»: a term that began or begins within a year of the article's date. */
  recent?: boolean;
  /** A word for "current" stands with the title ("the current prime minister", «нынешний»): of the article's day, whatever the clause says of successors. */
  currentWord?: boolean;
  /** "the then president", «тогдашний»: the time is the one the sentence writes, when it writes one. */
  thenAt?: boolean;
  /** Date the claim speaks of (YYYY-MM-DD), usually the article date. */
  at: string | undefined;
  /** Text that says explicitly "was elected president of X" - event rather than state. */
  via: 'apposition' | 'predicate' | 'list';
  /** The year the text says the person has held the post since ("president since 1994", "seit 1994"). */
  since?: number;
  /**
   * The day or year the text says the post was taken up ("appointed on 12 October 2021", "elected
   * in 2021"): "2021-10-12" or "2021". The claim is checked at that time, not at the article's date.
   */
  started?: string;
  /**
   * A post that serves another office's holder, with no country written ("aide to President
   * Vladimir Putin, Yuri Ushakov"): the post is of the country whose `office` that person holds.
   */
  ofHolder?: { person: string; alternatives?: string[]; office: string; span: Span };
  /** Why the claim is not checked (the phrase leaves open whose post it is): shown as unverifiable. */
  abstain?: string;
  /**
   * The served office the one name after a post and its served office may hold instead ("ajudan
   * Presiden Vladimir Putin", "Wakil Presiden Turki Cevdet Yilmaz"): the claim holds if the person
   * held that office then, and is checked as the post's otherwise.
   */
  servedAlternative?: string;
}

export interface Diagnostic {
  ruleId: string;
  /** 1 = warning, 2 = error (ESLint). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What the article says. */
  actual?: string;
  /** What the fact set says. */
  expected?: string;
  /** The fact the claim was checked against. */
  fact?: { id: string; source: string; note?: string; file?: string };
  /** Other places involved (cross-article checks): file:line:col. */
  related?: Array<{ filePath: string; line: number; column: number; message?: string }>;
  /** One unambiguous correction (ESLint: range of offsets + replacement text). */
  fix?: { range: [number, number]; text: string };
  /** Offsets for internal use (baseline, fixes); not part of the ESLint contract. */
  span?: Span;
}

/**
 * Why a problem was not reported, as ESLint 9 writes it in `suppressedMessages`: 'directive' for
 * an inline `<!-- factlint-disable… -->` comment (justification: its text after ` -- `), 'file'
 * for the --baseline file (ESLint's word for its own bulk-suppressions file, so consumers written
 * for ESLint know it; justification names the baseline).
 */
export interface Suppression {
  kind: 'directive' | 'file';
  justification: string;
}

export interface SuppressedMessage extends Diagnostic {
  suppressions: Suppression[];
}

export type Verdict = 'verified' | 'contradicted' | 'unverifiable';

/** How a claim's slot got its value: written in the clause, or supplied by a stated rule. */
export type Binding = 'text' | 'article-date' | 'context' | 'tense';

/** A claim frame as reported (the explain view): positions, slots with their evidence text, verdict. */
export interface ClaimReport {
  kind: 'office' | 'metric' | 'event-date' | 'place' | 'weekday';
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The claim as written. */
  text: string;
  slots: Record<string, { value: string; text?: string; bound: Binding }>;
  verdict: Verdict;
  /** One short line: why this verdict. */
  reason: string;
}

export interface LintResult {
  filePath: string;
  messages: Diagnostic[];
  /** Problems found but switched off by a directive or the baseline (absent: none). */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Set when the file could not be linted (binary, unreadable, broken front matter...). */
  fatal?: string;
  /** Language of the article as read (front matter, name, --lang or detection), when known (html sets lang="…" from it). */
  lang?: Lang;
  /** Every claim frame found in the file, with its verdict (the explain view). */
  claims?: ClaimReport[];
  /** The claims of a large run, kept on disk until the report (engine/claim-spill.ts); read them with claimsOf. */
  spilledClaims?: SpilledClaims;
  /** Figures for the cross-article check; the engine consumes and removes them before reporting. */
  records?: CrossRecord[];
}

/** A file's claims written out to a temporary file: `read` parses them back. */
export interface SpilledClaims {
  count: number;
  read(): ClaimReport[];
}

/** A figure the fact set is silent on, kept (without the article) for the cross-article check. */
export interface CrossRecord {
  /** property|period|unit: records with one key may speak of the same thing. */
  key: string;
  property: string;
  /** Entities the figure is about, when the sentence names them (empty: left to context). */
  subjects: string[];
  /** Whose statistics the text says the figure is ("по данным киргизской стороны"). */
  source?: string[];
  /** The subjects with those named by adjective, when they differ ("russische Soldaten in Tadschikistan"). */
  named?: string[];
  value: number;
  unit: string | undefined;
  halfUnit: number;
  approx: boolean;
  bound: 'lower' | 'upper' | undefined;
  /** A count the article dates only by its own day ("the two sides signed 28 agreements"): that day. */
  on?: string;
  /** The figure as written. */
  text: string;
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// ---------------------------------------------------------------- rules

export type Category = 'office' | 'metric' | 'share' | 'date' | 'place' | 'cross' | 'file';

/** What a rule is, for --help, config validation, SARIF tool.driver.rules and docs. */
export interface RuleMeta {
  id: string;
  category: Category;
  /** One line: what the rule flags. */
  description: string;
  /** Longer help (Markdown) shown in SARIF help text and docs. */
  help: string;
  defaultSeverity: 'off' | 'warn' | 'error';
  /** Link to the rule's doc in the repository. */
  url: string;
}
