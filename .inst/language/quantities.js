import { findNumbers, numberRules, numbersPack } from './numbers.js';
import { GAP_CLASS } from './phrase-pattern.js';
import { Lexicon } from './lexicon.js';
const cache = new Map();
function quantityRules(lang) {
    const code = lang.toLowerCase();
    if (cache.has(code))
        return cache.get(code);
    const pack = numbersPack(code);
    const nr = numberRules(code);
    let rules;
    if (pack && nr) {
        const currencies = pack.units.filter((u) => u.currency);
        rules = {
            before: nr.currencyBefore,
            // A unit may touch the number ("13,6%", "5USD"), so only a letter before it is a boundary.
            after: new Lexicon(pack.units.flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: { unit: u.unit, currency: u.currency === true } }))), { lead: 'letter', trail: 'word' }),
            hedges: new Lexicon(pack.hedges.flatMap((h) => {
                const data = { approx: h.approx === true };
                if (h.bound)
                    data.bound = h.bound;
                if (h.direction)
                    data.direction = h.direction;
                return h.forms.map((spec) => ({ spec, data }));
            })),
            fillers: new Lexicon((pack.hedgeFillers ?? []).map((spec) => ({ spec, data: true }))),
            rateMarkers: new Lexicon((pack.rateMarkers ?? []).map((spec) => ({ spec, data: true }))),
            rateCues: new Lexicon((pack.rateCues ?? []).map((spec) => ({ spec, data: true }))),
            currencyAny: new Lexicon(currencies.flatMap((u) => [...(u.before ?? []), ...(u.after ?? [])].map((spec) => ({ spec, data: u.unit })))),
        };
    }
    cache.set(code, rules);
    return rules;
}
const GAP = new RegExp(`${GAP_CLASS}{0,2}`, 'uy');
function skipGap(text, pos) {
    GAP.lastIndex = pos;
    const m = GAP.exec(text);
    return pos + (m ? m[0].length : 0);
}
/** "за доллар", "per dollar", "je US-Dollar", "per 1 dollar": the unit a rate is per. */
function rateTail(text, end, r) {
    const marker = r.rateMarkers.at(text, skipGap(text, end));
    if (!marker || marker.start === end)
        return undefined;
    let at = skipGap(text, marker.end);
    if (at === marker.end)
        return undefined;
    const one = /^(?:1|one|один|einen|satu)[\s\u00A0]{1,2}/iu.exec(text.slice(at, at + 10));
    if (one)
        at += one[0].length;
    const cur = r.currencyAny.at(text, at);
    return cur ? { end: cur.end, per: cur.data } : undefined;
}
const SENTENCE_END = /[.!?;:\n]\s/gu;
/** A rate word ("курс", "Wechselkurs", "kurs") shortly before, in the same sentence. */
function hasRateCue(text, start, r) {
    const from = Math.max(0, start - 60);
    const window = text.slice(from, start);
    let cut = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window))
        cut = m.index + m[0].length;
    const scope = window.slice(cut);
    return r.rateCues.all(scope).length > 0;
}
/** The hedge before `start`, with up to two filler words between ("более чем на"). */
function hedgeBefore(text, start, r) {
    let at = start;
    for (let i = 0; i < 3; i++) {
        const h = r.hedges.endingAt(text, at);
        if (h)
            return h;
        const f = r.fillers.endingAt(text, at);
        if (!f)
            return undefined;
        at = f.start;
    }
    return undefined;
}
/**
 * Quantities in the text, in order: every number that is not a year, an ordinal or part of a
 * date, with its unit (currency code, '%', 'pp', or undefined for a count), hedge and rate
 * marks. A range "3–3,5 млрд долларов" is one quantity. Empty for a language without data.
 */
export function findQuantities(text, lang) {
    const r = quantityRules(lang);
    if (!r)
        return [];
    const nums = findNumbers(text, lang);
    const out = [];
    for (let i = 0; i < nums.length; i++) {
        const n = nums[i];
        if (n.ordinal || n.range?.role === 'to')
            continue;
        const to = n.range?.role === 'from' ? nums[i + 1] : undefined;
        const last = to ?? n;
        let start = n.span.start;
        let end = last.span.end;
        let unit;
        let unitSpan;
        const pre = r.before.endingAt(text, start);
        if (pre && text.slice(pre.end, start).length <= 1) {
            unit = pre.data;
            unitSpan = { start: pre.start, end: pre.end };
            start = pre.start;
        }
        const post = r.after.at(text, skipGap(text, end));
        if (post && (unit === undefined || post.data.unit === unit)) {
            unit = post.data.unit;
            if (!unitSpan)
                unitSpan = { start: post.start, end: post.end };
            end = post.end;
        }
        // Years and year ranges ("2026–2030") are periods, not amounts.
        if (unit === undefined && n.isYearLike && (!to || to.isYearLike))
            continue;
        let rate = false;
        let per;
        const tail = unit === '%' || unit === 'pp' ? undefined : rateTail(text, end, r);
        if (tail && tail.per !== unit) {
            rate = true;
            per = tail.per;
            end = tail.end;
        }
        else if (unit !== undefined && unit !== '%' && unit !== 'pp' && hasRateCue(text, start, r)) {
            rate = true;
        }
        const hedge = hedgeBefore(text, start, r);
        const q = {
            span: { start: hedge ? hedge.start : start, end },
            value: n.value,
            unit,
            decimals: Math.max(n.decimals, to?.decimals ?? 0),
            scale: n.scale,
            approx: hedge?.data.approx ?? false,
            rate,
            raw: text.slice(hedge ? hedge.start : start, end),
            number: n,
        };
        if (hedge?.data.direction)
            q.direction = hedge.data.direction;
        if (hedge?.data.bound)
            q.bound = hedge.data.bound;
        if (per)
            q.per = per;
        if (to)
            q.range = { from: n.value, to: to.value };
        if (hedge)
            q.hedgeSpan = { start: hedge.start, end: hedge.end };
        if (unitSpan)
            q.unitSpan = unitSpan;
        out.push(q);
    }
    return out;
}
