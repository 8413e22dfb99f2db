// Hand-built lint results covering what reporters must get right: Cyrillic text, an emoji
// before the span, a tab, a multi-line span, a long line, related locations, a fix, a fatal
// file, a clean file and characters each format has to escape. Sentences are our own.
import type { Diagnostic, LintResult, RuleMeta } from '../../src/types.js';
import type { ReportContext } from '../../src/report/types.js';
import { ruleDocUrl } from '../../src/report/project.js';

export const CWD = '/project';

export const SOURCES: Record<string, string> = {
  'статьи/ru.md': [
    '---',
    'title: Выставка',
    '---',
    'Выставку открыли во вторник.',
    'Премьер-министр Молдовы Иван Петров осмотрел павильоны.',
    '',
  ].join('\n'),
  'articles/en.md': [
    '# Trade',
    '👩\u200d💻⚡ Trade grew by 12% in 2023, the ministry said.',
    '\tTurnover reached\t5 billion dollars last year.',
    'The fair opened on Tuesday,',
    '8 May 2023 in the capital.',
    `${'Long sentence filler words keep going here. '.repeat(5)}The port in Tallinn handled 40 ships. ${'More filler text to push the line well past the frame width. '.repeat(3)}`,
    '',
  ].join('\r\n'),
  'articles/other.md': 'Turnover reached 4.2 billion dollars last year.\n',
  'articles/clean.md': 'Nothing to report here.\n',
};

/** A diagnostic on `needle` (its n-th occurrence) in the file's text, positions computed from the text. */
export function diag(file: string, needle: string, extra: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'message'>): Diagnostic {
  const text = SOURCES[file];
  if (text === undefined) throw new Error(`no source ${file}`);
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in ${file}`);
  const end = start + needle.length;
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column };
  };
  const a = pos(start);
  const b = pos(end);
  return { severity: 2, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, span: { start, end }, ...extra };
}

/** A result with its counts worked out from the messages, as the engine gives it. */
export function result(filePath: string, messages: Diagnostic[], fatal?: string): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity === 1);
  return {
    filePath,
    messages,
    errorCount: errors.length + (fatal ? 1 : 0),
    warningCount: warnings.length,
    fatalErrorCount: fatal ? 1 : 0,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
    ...(fatal ? { fatal } : {}),
  };
}

const officeMessage = diag('статьи/ru.md', 'Премьер-министр Молдовы Иван Петров', {
  ruleId: 'office-holder',
  message: 'Иван Петров is not Prime Minister of Moldova on 2023-05-09; the fact set names Анна Коваль',
  actual: 'Премьер-министр Молдовы Иван Петров',
  expected: 'Prime Minister of Moldova: Анна Коваль (since 2021-08-06)',
  fact: { id: 'koval-pm-md', source: 'https://gov.example/md/cabinet', note: 'Acting from 2021-07', file: 'claims/offices.json' },
});

const growth = diag('articles/en.md', '12%', {
  ruleId: 'metric-value',
  message: 'Trade growth in 2023 was 8.5%, not 12%',
  actual: '12%',
  expected: '8.5% (tolerance 3%)',
  fact: { id: 'trade-growth-2023', source: 'stat.example, table 4' },
});
const growthFix = { ...growth, fix: { range: [growth.span!.start, growth.span!.end] as [number, number], text: '8.5%' } };

const turnover = diag('articles/en.md', '5 billion dollars', {
  ruleId: 'cross-article',
  severity: 1,
  message: 'Turnover last year: 5 billion dollars here, 4.2 billion dollars in articles/other.md',
  actual: '5 billion dollars',
  expected: '4.2 billion dollars (articles/other.md)',
  related: [{ filePath: 'articles/other.md', line: 1, column: 18, message: 'says 4.2 billion dollars' }],
});

// The message is deliberately hostile for the escaping tests: % , : newline < & " and a BEL control char.
const weekday = diag('articles/en.md', 'Tuesday,\r\n8 May 2023', {
  ruleId: 'date-weekday',
  message: '100% sure: 8 May 2023 was a Monday, not a Tuesday\nsecond line <tag> & "quoted" \u0007bell',
  actual: 'Tuesday, 8 May 2023',
  expected: 'Monday',
});

const port = diag('articles/en.md', 'The port in Tallinn', {
  ruleId: 'place',
  message: 'The port is in Tallinn, not in Riga per the fact set',
  actual: 'Tallinn',
  expected: 'Riga',
  fact: { id: 'port-riga', source: 'ports.example' },
});

const otherSide = diag('articles/other.md', '4.2 billion dollars', {
  ruleId: 'cross-article',
  severity: 1,
  message: 'Turnover last year: 4.2 billion dollars here, 5 billion dollars in articles/en.md',
  related: [{ filePath: 'articles/en.md', line: turnover.line, column: turnover.column }],
});

/** The full set, in the engine's order. `articles/en.md` is given absolute, like a glob may yield it. */
export function fixtureResults(): LintResult[] {
  return [
    result(`${CWD}/articles/en.md`, [growthFix, turnover, weekday, port]),
    result('articles/other.md', [otherSide]),
    result('статьи/ru.md', [officeMessage]),
    result('articles/binary.md', [], 'binary content (NUL bytes at offset 12)'),
    result('articles/clean.md', []),
  ];
}

/** Messages each format must report: all messages plus one per fatal file. */
export const EXPECTED_DIAGNOSTICS = 7;

export const RULES: RuleMeta[] = [
  { id: 'office-holder', category: 'office', description: 'Wrong office holder.', help: 'Checks offices.', defaultSeverity: 'error', url: ruleDocUrl('office-holder') },
  { id: 'metric-value', category: 'metric', description: 'Wrong figure.', help: 'Checks figures.', defaultSeverity: 'error', url: ruleDocUrl('metric-value') },
  { id: 'cross-article', category: 'cross', description: 'Articles disagree.', help: 'Compares articles.', defaultSeverity: 'warn', url: ruleDocUrl('cross-article') },
  { id: 'date-weekday', category: 'date', description: 'Weekday does not match the date.', help: 'Checks weekdays.', defaultSeverity: 'error', url: ruleDocUrl('date-weekday') },
  { id: 'place', category: 'place', description: 'Wrong place.', help: 'Checks places.', defaultSeverity: 'error', url: ruleDocUrl('place') },
  { id: 'file-error', category: 'file', description: 'The file could not be linted.', help: 'Reported once per file.', defaultSeverity: 'error', url: ruleDocUrl('file-error') },
];

export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    cwd: CWD,
    color: false,
    rules: RULES,
    version: '0.1.0',
    readSource: (filePath) => SOURCES[filePath.startsWith(`${CWD}/`) ? filePath.slice(CWD.length + 1) : filePath],
    ...overrides,
  };
}
