import { displayName } from './names.js';
export function checkPlaceClaim(claim, index) {
    const around = index.placesAround(claim.subject);
    if (around.includes(claim.place))
        return undefined;
    const type = index.entity(claim.place)?.type;
    const actual = around.find((p) => index.entity(p)?.type === type);
    if (!actual)
        return undefined;
    const subject = displayName(index, claim.subject, 'en');
    const place = displayName(index, claim.place, 'en');
    const right = displayName(index, actual, 'en');
    const chain = around.map((p) => displayName(index, p, 'en')).join(', ');
    const fact = index.statementsOf(placeProperty(index)).find((s) => s.subject === claim.subject || (Array.isArray(s.subject) && s.subject.includes(claim.subject)));
    return {
        ruleId: 'place',
        span: claim.span,
        message: `${subject} is in ${right}, not in ${place} (the fact set places it in ${chain})`,
        actual: `${subject} in ${place}`,
        expected: `${subject} in ${chain}`,
        ...(fact ? { fact } : {}),
    };
}
function placeProperty(index) {
    return index.properties().find((p) => p.kind === 'place')?.id ?? 'located-in';
}
