import { displayName } from './names.js';
function agrees(s, iso) {
    if (typeof s.date === 'string')
        return s.date === iso;
    const from = s.from ?? undefined;
    const to = s.to ?? from;
    if (!from)
        return true;
    return iso >= from && iso <= (to ?? from);
}
export function checkEventDate(claim, index) {
    const iso = claim.date.resolved;
    if (!iso || !claim.date.yearExplicit)
        return undefined;
    const statements = index.datesOf(claim.subject, claim.property).filter((s) => s.rank !== 'deprecated');
    if (statements.length === 0 || statements.some((s) => agrees(s, iso)))
        return undefined;
    const s = statements[0];
    const right = typeof s.date === 'string' ? s.date : s.from === s.to || !s.to ? `${s.from}` : `${s.from} to ${s.to}`;
    const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
    const what = subjects.map((id) => displayName(index, id, 'en')).join('–');
    const verb = index.property(claim.property)?.names?.en?.[0] ?? claim.property;
    return {
        ruleId: 'event-date',
        span: claim.span,
        message: `${what} ${verb}: the article says ${iso}, the fact set ${right}`,
        actual: iso,
        expected: right,
        fact: s,
    };
}
