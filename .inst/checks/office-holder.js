import { displayName } from './names.js';
import { equivalentOffices } from './office-equivalents.js';
const MIN = '0000-01-01';
const MAX = '9999-12-31';
const YEAR = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
/** Years written in the sentence: a claim may speak of them rather than of the article's date. */
export function yearsIn(text, span) {
    const out = new Set();
    YEAR.lastIndex = 0;
    const s = text.slice(span.start, span.end);
    for (let m = YEAR.exec(s); m; m = YEAR.exec(s))
        out.add(Number(m[1]));
    return [...out];
}
function windowsFor(claim, years) {
    const d = claim.at;
    const yearWindows = years.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` }));
    switch (claim.tense) {
        case 'former':
        case 'then':
            return d ? [{ start: MIN, end: d }, ...yearWindows] : [{ start: MIN, end: MAX }];
        case 'future':
            return [{ start: MIN, end: MAX }];
        default:
            return d ? [{ start: d, end: d }, ...yearWindows] : yearWindows.length ? yearWindows : [{ start: MIN, end: MAX }];
    }
}
function overlaps(s, w) {
    const from = s.from ?? MIN;
    const to = s.to ?? MAX;
    return from <= w.end && to >= w.start;
}
function postOf(s) {
    const o = s.object;
    return o && typeof o === 'object' ? o : undefined;
}
function describePost(index, office, of) {
    const o = displayName(index, office, 'en', true);
    return of ? `${o} of ${displayName(index, of, 'en')}` : o;
}
function describeTerm(s) {
    if (s.from && s.to)
        return `${s.from} to ${s.to}`;
    if (s.from)
        return `since ${s.from}`;
    if (s.to)
        return `until ${s.to}`;
    return 'at all times';
}
export function checkOfficeClaim(claim, index, text) {
    // A name shared by several people: the claim stands if it fits any of them.
    for (const alt of claim.alternatives ?? []) {
        if (!checkOfficeClaim({ ...claim, person: alt, alternatives: [] }, index, text))
            return undefined;
    }
    const posts = index.heldBy(claim.person);
    // People the fact set knows nothing about (no posts at all) are not errors.
    if (posts.length === 0)
        return undefined;
    const years = claim.tense === 'future' ? [] : yearsIn(text, claim.sentence);
    const windows = windowsFor(claim, years);
    const samePost = posts.filter((s) => {
        const p = postOf(s);
        return p && p.office === claim.office && (claim.of === undefined || p.of === claim.of);
    });
    if (samePost.some((s) => windows.some((w) => overlaps(s, w))))
        return undefined;
    // "Prime Minister Kasymaliev" for Kyrgyzstan's chairman of the cabinet: the same post by another name.
    const same = equivalentOffices(index, claim.office);
    const aliasPost = posts.filter((s) => {
        const p = postOf(s);
        return p && p.office !== claim.office && same.has(p.office) && (claim.of === undefined || p.of === claim.of);
    });
    if (aliasPost.some((s) => windows.some((w) => overlaps(s, w))))
        return undefined;
    const person = displayName(index, claim.person, 'en');
    const post = describePost(index, claim.office, claim.of);
    const at = claim.at;
    const when = at ? ` on ${at}` : '';
    const heldThen = at ? posts.filter((s) => overlaps(s, { start: at, end: at })) : posts;
    const holders = at && claim.of ? index.holdersAt(claim.office, claim.of, at).filter((s) => s.subject !== claim.person) : [];
    let message;
    let fact;
    if (samePost.length > 0 && at) {
        const s = samePost.reduce((a, b) => ((a.from ?? MIN) > (b.from ?? MIN) ? a : b));
        fact = s;
        const exact = describePost(index, claim.office, postOf(s)?.of);
        if ((s.from ?? MIN) > at)
            message = `${person} took office as ${exact} only on ${s.from}, after ${at}`;
        else
            message = `${person} was ${exact} until ${s.to}, not${when}`;
    }
    else {
        message = `${person} was not ${post}${when}`;
        fact = heldThen[0] ?? posts[0];
    }
    const actualPosts = heldThen.map((s) => {
        const p = postOf(s);
        return p ? `${describePost(index, p.office, p.of)} (${describeTerm(s)})` : '';
    }).filter(Boolean);
    if (actualPosts.length)
        message += `; the fact set has ${person} as ${actualPosts.join(' and ')}`;
    const holderNames = holders.map((h) => displayName(index, Array.isArray(h.subject) ? h.subject[0] : h.subject, 'en'));
    if (holderNames.length)
        message += `; ${post}${when ? ' then' : ''}: ${holderNames.join(', ')}`;
    if (!fact && holders[0])
        fact = holders[0];
    return {
        ruleId: 'office-holder',
        span: claim.span,
        message,
        actual: `${person}: ${post}`,
        expected: actualPosts.length
            ? `${person}: ${actualPosts.join('; ')}`
            : holderNames.length ? `${post}: ${holderNames.join(', ')}` : `${person}: no such post${when}`,
        fact,
        fix: countryFix(claim, index, heldThen, text),
    };
}
/**
 * The one unambiguous correction: the same office of another country, when the article names
 * the country in its dictionary form (so the replacement needs no inflection).
 */
function countryFix(claim, index, heldThen, text) {
    if (!claim.of || !claim.ofSpan || !claim.at)
        return undefined;
    const right = heldThen.map(postOf).filter((p) => p && p.office === claim.office && p.of !== claim.of);
    if (right.length !== 1)
        return undefined;
    const written = text.slice(claim.ofSpan.start, claim.ofSpan.end);
    const wrongNames = index.entity(claim.of)?.names?.[claim.lang] ?? [];
    if (!wrongNames.some((n) => n === written))
        return undefined;
    const replacement = index.entity(right[0].of)?.names?.[claim.lang]?.[0];
    if (!replacement)
        return undefined;
    return { range: [claim.ofSpan.start, claim.ofSpan.end], text: replacement };
}
