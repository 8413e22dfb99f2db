// Checkstyle XML, as ESLint writes it: one <file> per linted file (absolute path), one
// <error> per message; Jenkins warnings-ng, reviewdog -f=checkstyle and many CI tools read it.
import type { LintResult } from '../types.js';
import { reportMessages, severityWord } from './messages.js';
import { absolutePath } from './paths.js';
import type { Formatter, ReportContext } from './types.js';
import { XML_DECLARATION, attrs } from './xml.js';

/** The report in pieces, one <file> at a time. */
export function* checkstyleChunks(results: LintResult[], ctx: ReportContext): Generator<string> {
  yield `${XML_DECLARATION}\n<checkstyle version="4.3">\n`;
  for (const result of results) {
    const errors = reportMessages(result).map(
      (m) =>
        `    <error${attrs({
          line: m.line,
          column: m.column,
          severity: severityWord(m.severity),
          message: `${m.message} (${m.ruleId})`,
          source: `factlint.rules.${m.ruleId}`,
        })} />`,
    );
    const name = attrs({ name: absolutePath(result.filePath, ctx.cwd) });
    yield errors.length === 0 ? `  <file${name} />\n` : `${[`  <file${name}>`, ...errors, '  </file>'].join('\n')}\n`;
  }
  yield '</checkstyle>\n';
}

export const checkstyle: Formatter = (results: LintResult[], ctx: ReportContext): string => [...checkstyleChunks(results, ctx)].join('');
