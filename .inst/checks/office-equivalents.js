// Offices named interchangeably (rules/office-equivalents.json, and "sameAs" on an office
// entity of the fact set): a claim of one holds for the holder of another of the same group.
import { readFileSync } from 'node:fs';
let groups;
function shippedGroups() {
    if (!groups) {
        try {
            const data = JSON.parse(readFileSync(new URL('../../rules/office-equivalents.json', import.meta.url), 'utf8'));
            groups = data.groups ?? [];
        }
        catch {
            groups = [];
        }
    }
    return groups;
}
const cache = new WeakMap();
/** The offices equivalent to `office` (itself included). */
export function equivalentOffices(index, office) {
    let byOffice = cache.get(index);
    if (!byOffice)
        cache.set(index, (byOffice = new Map()));
    let set = byOffice.get(office);
    if (set)
        return set;
    set = new Set([office]);
    for (const g of shippedGroups())
        if (g.includes(office))
            for (const o of g)
                set.add(o);
    const own = index.entity(office)?.sameAs;
    if (Array.isArray(own))
        for (const o of own)
            if (typeof o === 'string')
                set.add(o);
    for (const e of index.entitiesOfType('office')) {
        if (Array.isArray(e.sameAs) && e.sameAs.includes(office))
            set.add(e.id);
    }
    byOffice.set(office, set);
    return set;
}
