import { factDetails, reportMessages, severityWord } from './messages.js';
import { relativePath } from './paths.js';
import { XML_DECLARATION, attrs, escapeText } from './xml.js';
function body(rel, m, cwd) {
    const lines = [`${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${m.message} [${m.ruleId}]`];
    for (const d of factDetails(m))
        lines.push(`${d.label}: ${d.value}`);
    for (const r of m.related ?? [])
        lines.push(`see also: ${relativePath(r.filePath, cwd)}:${r.line}:${r.column}${r.message ? ` ${r.message}` : ''}`);
    return lines.join('\n');
}
function testcase(rel, m, cwd) {
    const element = m.fatal ? 'error' : 'failure';
    return [
        `    <testcase${attrs({ classname: rel, name: `${rel}:${m.line}:${m.column} ${m.ruleId}`, time: 0 })}>`,
        `      <${element}${attrs({ message: m.message, type: m.ruleId })}>${escapeText(body(rel, m, cwd))}</${element}>`,
        '    </testcase>',
    ];
}
export const junit = (results, ctx) => {
    const suites = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const result of results) {
        const rel = relativePath(result.filePath, ctx.cwd);
        const messages = reportMessages(result);
        const fileErrors = messages.filter((m) => m.fatal).length;
        const fileFailures = messages.length - fileErrors;
        const fileTests = Math.max(messages.length, 1);
        tests += fileTests;
        failures += fileFailures;
        errors += fileErrors;
        suites.push(`  <testsuite${attrs({ name: rel, tests: fileTests, failures: fileFailures, errors: fileErrors, skipped: 0, time: 0 })}>`);
        if (messages.length === 0)
            suites.push(`    <testcase${attrs({ classname: rel, name: rel, time: 0 })} />`);
        for (const m of messages)
            suites.push(...testcase(rel, m, ctx.cwd));
        suites.push('  </testsuite>');
    }
    const head = `<testsuites${attrs({ name: 'factlint', tests, failures, errors, time: 0 })}>`;
    return `${[XML_DECLARATION, head, ...suites, '</testsuites>'].join('\n')}\n`;
};
