// JUnit XML for CI test reports: a <testsuite> per file, a <testcase> per message (a failure;
// a file that could not be linted is an <error>), and one passing testcase for a clean file
// so it still shows up as checked.
import type { LintResult } from '../types.js';
import { factDetails, reportMessages, severityWord, type ReportMessage } from './messages.js';
import { relativePath } from './paths.js';
import type { Formatter, ReportContext } from './types.js';
import { XML_DECLARATION, attrs, escapeText } from './xml.js';

function body(rel: string, m: ReportMessage, cwd: string): string {
  const lines = [`${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${m.message} [${m.ruleId}]`];
  for (const d of factDetails(m)) lines.push(`${d.label}: ${d.value}`);
  for (const r of m.related ?? []) lines.push(`see also: ${relativePath(r.filePath, cwd)}:${r.line}:${r.column}${r.message ? ` ${r.message}` : ''}`);
  return lines.join('\n');
}

function testcase(rel: string, m: ReportMessage, cwd: string): string[] {
  const element = m.fatal ? 'error' : 'failure';
  return [
    `    <testcase${attrs({ classname: rel, name: `${rel}:${m.line}:${m.column} ${m.ruleId}`, time: 0 })}>`,
    `      <${element}${attrs({ message: m.message, type: m.ruleId })}>${escapeText(body(rel, m, cwd))}</${element}>`,
    '    </testcase>',
  ];
}

/**
 * The report in pieces, one file's <testsuite> at a time; the totals of the <testsuites> head
 * are counted in a first pass, so a large run never holds the whole text.
 */
export function* junitChunks(results: LintResult[], ctx: ReportContext): Generator<string> {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const messages = reportMessages(result);
    const fileErrors = messages.filter((m) => m.fatal).length;
    tests += Math.max(messages.length, 1);
    failures += messages.length - fileErrors;
    errors += fileErrors;
  }
  yield `${XML_DECLARATION}\n<testsuites${attrs({ name: 'factlint', tests, failures, errors, time: 0 })}>\n`;
  for (const result of results) {
    const rel = relativePath(result.filePath, ctx.cwd);
    const messages = reportMessages(result);
    const fileErrors = messages.filter((m) => m.fatal).length;
    const suite = [`  <testsuite${attrs({ name: rel, tests: Math.max(messages.length, 1), failures: messages.length - fileErrors, errors: fileErrors, skipped: 0, time: 0 })}>`];
    if (messages.length === 0) suite.push(`    <testcase${attrs({ classname: rel, name: rel, time: 0 })} />`);
    for (const m of messages) suite.push(...testcase(rel, m, ctx.cwd));
    suite.push('  </testsuite>');
    yield `${suite.join('\n')}\n`;
  }
  yield '</testsuites>\n';
}

export const junit: Formatter = (results: LintResult[], ctx: ReportContext): string => [...junitChunks(results, ctx)].join('');
