// A measured prototype of issue 16's design, not part of factlint: one loop per sentence that
// reads digits inline and classifies each word once through a word table built from the packs
// (rules/lang) and the fact set (claims/), then binders that work on the word classes and never
// read the text again: dates with weekdays, office claims, trade totals with their year, and
// percentages, judged against the fact set. It asks what a run of that design costs against the
// scan baseline, as a lower bound: its binders know the forms the bench corpus writes and little
// else (no hedges, ranges, respectively-lists, reported speech, relative dates...).
//   node scripts/bench/pass-prototype.mjs DIR [LANG...]     prints claim counts by kind and verdict
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = new URL('../../', import.meta.url);
// --no-cues leaves the packs' cue and period vocabulary out of the word table.
const CUES = !process.argv.includes('--no-cues');
// --pass-only classifies every word and reads every number, and binds nothing.
const PASS_ONLY = process.argv.includes('--pass-only');
const json = (p) => JSON.parse(readFileSync(new URL(p, ROOT), 'utf8'));

// ------------------------------------------------------------------ the word table

const MONTH = 1, WEEKDAY = 2, SCALE = 4, PERCENT = 8, CURRENCY = 16, PHRASE = 32;
const K_PERSON = 1, K_COUNTRY = 2, K_OFFICE = 3, K_PROPERTY = 4, K_ADJ = 5, K_CUE = 6;

/** Every word phrase a pack lists (cues, qualifiers, period words, hedges, number words...). */
function phraseLeaves(v, out) {
  if (typeof v === 'string') { if (/^[\p{L}\p{M} '’.-]+$/u.test(v)) out.push(v); }
  else if (Array.isArray(v)) for (const x of v) phraseLeaves(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!k.startsWith('$') && k !== 'inflection' && k !== 'anniversaries') phraseLeaves(x, out);
  return out;
}

function entryOf(table, key) {
  let e = table.get(key);
  if (!e) { e = { cls: 0, month: -1, weekday: -1, scale: 0, phrases: [], cues: [] }; table.set(key, e); }
  return e;
}

const lower = (s) => s.toLowerCase().replace(/\.$/, '');
const wordsOf = (s) => s.toLowerCase().split(/[\s\u00a0'’-]+/).filter(Boolean);

function stemOf(word, infl) {
  if (!infl) return word;
  for (const end of infl.stripEndings ?? []) if (word.length - end.length >= infl.minStem && word.endsWith(end)) return word.slice(0, -end.length);
  return word;
}

function buildLanguage(lang, entities) {
  const exact = new Map();
  const stems = new Map();
  const cal = json(`rules/lang/${lang}/calendar.json`);
  const num = json(`rules/lang/${lang}/numbers.json`);
  const infl = json(`rules/lang/${lang}/grammar.json`).inflection;
  cal.months.forEach((forms, m) => { for (const f of forms) { const e = entryOf(exact, lower(f)); e.cls |= MONTH; e.month = m; } });
  cal.weekdays.forEach((forms, d) => { for (const f of forms) { const e = entryOf(exact, lower(f)); e.cls |= WEEKDAY; e.weekday = d; } });
  for (const s of num.scales) for (const f of s.forms) { if (typeof f !== 'string') continue; const e = entryOf(exact, lower(f)); e.cls |= SCALE; e.scale = s.value; }
  for (const u of num.units) for (const f of u.after ?? []) {
    const w = wordsOf(f)[0]; if (!w) continue;
    const e = entryOf(exact, w.replace(/\*$/, '')); e.cls |= u.unit === '%' ? PERCENT : u.currency ? CURRENCY : 0;
  }
  // Names and property words: each phrase under its first word, exact and by stem.
  const add = (phrase, kind, id) => {
    const ws = wordsOf(phrase).map((w) => w.replace(/\.$/, ''));
    if (!ws.length) return;
    const p = { words: ws.map((w) => stemOf(w, infl)), kind, id };
    const list = kind === K_CUE ? 'cues' : 'phrases';
    const first = entryOf(exact, ws[0]); first.cls |= PHRASE; first[list].push(p);
    const st = stemOf(ws[0], infl);
    if (st !== ws[0]) { const e = entryOf(stems, st); e.cls |= PHRASE; e[list].push(p); }
  };
  // The packs' other vocabulary, matched as cue mentions wherever it occurs, so that the pass
  // pays for the function words that begin cue and period phrases as a full extractor must.
  if (CUES) for (const f of ['grammar', 'periods', 'offices']) for (const ph of phraseLeaves(json(`rules/lang/${lang}/${f}.json`), [])) add(ph, K_CUE, f);
  if (CUES) for (const k of ['hedges', 'words', 'rateCues', 'rangeWords', 'changeFrom', 'hedgeFillers']) for (const ph of phraseLeaves(num[k], [])) add(ph, K_CUE, k);
  for (const ent of entities) {
    const kind = ent.type === 'person' ? K_PERSON : ent.type === 'country' ? K_COUNTRY : ent.type === 'office' ? K_OFFICE : 0;
    if (!kind) continue;
    for (const n of ent.names?.[lang] ?? []) add(n, kind, ent.id);
    if (kind === K_COUNTRY) for (const a of ent.adjectives?.[lang] ?? []) add(a, K_ADJ, ent.id);
  }
  for (const p of json('claims/economy.json').properties) for (const n of p.names?.[lang] ?? []) add(n, K_PROPERTY, p.id);
  for (const t of [exact, stems]) for (const e of t.values()) { e.phrases.sort((a, b) => b.words.length - a.words.length); e.cues.sort((a, b) => b.words.length - a.words.length); }
  const abbrev = new Set((json(`rules/lang/${lang}/abbreviations.json`).abbreviations ?? []).map((a) => a.toLowerCase().replace(/\.$/, '')));
  return { exact, stems, infl, abbrev, decimal: num.decimal[0], group: num.group[0], maxTail: infl?.maxTail ?? (infl?.tails ? 5 : 0), minStem: infl?.minStem ?? 3 };
}

// ------------------------------------------------------------------ the facts

const entities = ['people', 'countries', 'offices'].flatMap((f) => json(`claims/${f}.json`).entities);
const holders = new Map(); // office|country -> [{ person, from, to }]
for (const s of json('claims/holders.json').statements) {
  if (s.property !== 'holds-office') continue;
  const k = `${s.object.office}|${s.object.of}`;
  (holders.get(k) ?? holders.set(k, []).get(k)).push({ person: s.subject, from: s.from ?? '0000', to: s.to ?? '9999' });
}
const totals = new Map(); // property|a|b|year -> [{ value, tolerance }]
for (const s of json('claims/economy.json').statements) {
  if (!Array.isArray(s.subject) || !s.period) continue;
  for (const k of [`${s.property}|${s.subject[0]}|${s.subject[1]}|${s.period}`, `${s.property}|${s.subject[1]}|${s.subject[0]}|${s.period}`])
    (totals.get(k) ?? totals.set(k, []).get(k)).push({ value: s.value, tolerance: s.tolerance ?? 0.05 });
}

// ------------------------------------------------------------------ the pass

const MAX = 4096;
const tStart = new Int32Array(MAX), tEnd = new Int32Array(MAX), tKind = new Uint8Array(MAX), tChar = new Int32Array(MAX);
const tNum = new Float64Array(MAX);
const tEntry = new Array(MAX).fill(null), tStem = new Array(MAX).fill(null), tKey = new Array(MAX).fill('');
const W = 1, N = 2, P = 3; // word, number, punctuation
const counts = {};
const count = (k) => { counts[k] = (counts[k] ?? 0) + 1; };

const letterCache = new Map();
function isLetter(c) {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  let v = letterCache.get(c);
  if (v === undefined) { v = /\p{L}|\p{M}/u.test(String.fromCharCode(c)); letterCache.set(c, v); }
  return v;
}
const isDigit = (c) => c >= 48 && c <= 57;

function lintText(text, from, lang, L, date) {
  let n = 0;
  let i = from;
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < len && (isLetter(text.charCodeAt(j)) || (text.charCodeAt(j) === 45 && j + 1 < len && isLetter(text.charCodeAt(j + 1))))) j++;
      const key = text.slice(i, j).toLowerCase();
      let e = L.exact.get(key) ?? null, st = null;
      if (e === null && L.maxTail) for (let k = 1; k <= L.maxTail && key.length - k >= L.minStem; k++) { st = L.stems.get(key.slice(0, -k)) ?? null; if (st) break; }
      if (n < MAX) { tStart[n] = i; tEnd[n] = j; tKind[n] = W; tEntry[n] = e; tStem[n] = st; tKey[n] = key; n++; }
      i = j;
    } else if (isDigit(c)) {
      let v = 0, j = i, frac = 0, scale = 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) { v = v * 10 + (d - 48); if (frac) scale *= 10; j++; continue; }
        const ch = text[j];
        if (j + 1 < len && isDigit(text.charCodeAt(j + 1))) {
          if (ch === L.decimal && !frac) { frac = 1; j++; continue; }
          if (ch === L.group && !frac && j + 3 < len && isDigit(text.charCodeAt(j + 3))) { j++; continue; }
        }
        break;
      }
      if (n < MAX) { tStart[n] = i; tEnd[n] = j; tKind[n] = N; tNum[n] = v / scale; tEntry[n] = null; tStem[n] = null; n++; }
      i = j;
    } else if (c === 32 || c === 10 || c === 0xa0 || c === 9 || c === 13) {
      if (c === 10 && i + 1 < len && text.charCodeAt(i + 1) === 10) { if (n) bind(n, lang, L, date); n = 0; }
      i++;
    } else {
      if (n < MAX) { tStart[n] = i; tEnd[n] = i + 1; tKind[n] = P; tChar[n] = c; tEntry[n] = null; tStem[n] = null; n++; }
      // A sentence ends at . ! ? before a space, unless the word before is an abbreviation.
      if ((c === 46 || c === 33 || c === 63) && (i + 1 >= len || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) {
        const prev = n - 2;
        const abbr = c === 46 && prev >= 0 && tKind[prev] === W && (L.abbrev.has(tKey[prev]) || (tEnd[prev] - tStart[prev] === 1) || (tEntry[prev] !== null && (tEntry[prev].cls & SCALE)));
        const ordinal = c === 46 && prev >= 0 && tKind[prev] === N && lang === 'de';
        if (!abbr && !ordinal) { bind(n, lang, L, date); n = 0; }
      }
      i++;
    }
  }
  if (n) bind(n, lang, L, date);
}

// ------------------------------------------------------------------ the binders

const mStart = new Int32Array(256), mEnd = new Int32Array(256), mKind = new Uint8Array(256), mId = new Array(256).fill('');

function matchPhrase(p, i, n, L) {
  let k = i;
  for (let w = 0; w < p.words.length; w++, k++) {
    while (k < n && tKind[k] === P && (tChar[k] === 40 || tChar[k] === 41 || tChar[k] === 171 || tChar[k] === 187)) k++;
    if (k >= n || tKind[k] !== W) return -1;
    const key = tKey[k];
    const want = p.words[w];
    if (key !== want && !(L.maxTail && key.startsWith(want) && key.length - want.length <= L.maxTail)) return -1;
  }
  return k;
}

function bind(n, lang, L, date) {
  if (PASS_ONLY) return;
  // Mentions: the longest phrase starting at each word, through its exact or stem entry.
  let m = 0, month = -1, anyNumber = false, cues = 0;
  for (let i = 0; i < n; i++) {
    if (tKind[i] === N) { anyNumber = true; continue; }
    if (tKind[i] !== W) continue;
    const e = tEntry[i] ?? tStem[i];
    if (e === null) continue;
    if (e.cls & MONTH) month = i;
    if (!(e.cls & PHRASE) || m >= 256) continue;
    for (const p of e.cues) {
      const end = matchPhrase(p, i, n, L);
      if (end < 0) continue;
      cues++;
      break;
    }
    for (const p of e.phrases) {
      const end = matchPhrase(p, i, n, L);
      if (end < 0) continue;
      mStart[m] = i; mEnd[m] = end; mKind[m] = p.kind; mId[m] = p.id; m++;
      i = end - 1;
      break;
    }
  }
  cueMentions += cues;
  if (month >= 0 && anyNumber) dates(n, lang, L, date);
  for (let k = 0; k < m; k++) if (mKind[k] === K_OFFICE) office(k, m, n, date);
  if (anyNumber) figures(m, n, date);
}

function dates(n, lang, L, date) {
  for (let i = 0; i < n; i++) {
    const e = tKind[i] === W ? tEntry[i] ?? tStem[i] : null;
    if (e === null || !(e.cls & MONTH)) continue;
    let day = -1;
    if (i > 0 && tKind[i - 1] === N) day = i - 1;
    else if (i > 1 && tKind[i - 1] === P && tChar[i - 1] === 46 && tKind[i - 2] === N) day = i - 2;
    else if (i + 1 < n && tKind[i + 1] === N) day = i + 1;
    if (day < 0 || tNum[day] < 1 || tNum[day] > 31 || tNum[day] % 1) continue;
    let year = Number(date.slice(0, 4));
    for (let k = i + 1; k < Math.min(n, i + 3); k++) if (tKind[k] === N && tNum[k] >= 1900 && tNum[k] <= 2100) { year = tNum[k]; break; }
    let wd = -1;
    for (let k = Math.max(0, Math.min(day, i) - 4); k < Math.min(day, i); k++) { const w = tKind[k] === W ? tEntry[k] : null; if (w !== null && (w.cls & WEEKDAY)) wd = w.weekday; }
    if (wd < 0) continue;
    const actual = (new Date(Date.UTC(year, e.month, tNum[day])).getUTCDay() + 6) % 7;
    count(`weekday:${actual === wd ? 'verified' : 'contradicted'}`);
  }
}

function office(k, m, n, date) {
  // The country within three words of the title, the person right after it (or before it).
  let country = '', person = '';
  for (let q = 0; q < m; q++) {
    if ((mKind[q] === K_COUNTRY || mKind[q] === K_ADJ) && mStart[q] >= mStart[k] - 3 && mStart[q] <= mEnd[k] + 3 && !country) country = mId[q];
    if (mKind[q] === K_PERSON && !person && ((mStart[q] >= mEnd[k] && mStart[q] <= mEnd[k] + 6) || (mEnd[q] <= mStart[k] && mEnd[q] >= mStart[k] - 2))) person = mId[q];
  }
  if (!country || !person) return;
  const list = holders.get(`${mId[k]}|${country}`);
  if (!list) { count('office:unverifiable'); return; }
  let known = false, holds = false;
  for (const h of list) if (h.from <= date && date <= h.to) { known = true; if (h.person === person) holds = true; }
  count(`office:${holds ? 'verified' : known ? 'contradicted' : 'unverifiable'}`);
}

function figures(m, n, date) {
  let property = '', a = '', b = '', year = '';
  for (let q = 0; q < m; q++) {
    if (mKind[q] === K_PROPERTY && !property) property = mId[q];
    else if (mKind[q] === K_COUNTRY) { if (!a) a = mId[q]; else if (!b && mId[q] !== a) b = mId[q]; }
  }
  for (let i = 0; i < n; i++) if (tKind[i] === N && tNum[i] >= 1990 && tNum[i] <= 2100 && tNum[i] % 1 === 0) { year = String(tNum[i]); break; }
  for (let i = 0; i < n; i++) {
    if (tKind[i] !== N) continue;
    const next = i + 1 < n ? (tKind[i + 1] === W ? tEntry[i + 1] : null) : null;
    if (i + 1 < n && ((tKind[i + 1] === P && tChar[i + 1] === 37) || (next !== null && (next.cls & PERCENT)))) { count('share:unverifiable'); continue; }
    if (next === null || !(next.cls & SCALE)) continue;
    const value = tNum[i] * next.scale;
    let cur = false;
    for (let k = i + 2; k < Math.min(n, i + 4); k++) if (tKind[k] === W && tEntry[k] !== null && (tEntry[k].cls & CURRENCY)) cur = true;
    if (!cur) continue;
    if (!property || !a || !b || !year) { count('metric:unverifiable'); continue; }
    const facts = totals.get(`${property}|${a}|${b}|${year}`);
    if (!facts) { count('metric:unverifiable'); continue; }
    count(`metric:${facts.some((f) => Math.abs(value - f.value) <= f.tolerance * f.value) ? 'verified' : 'contradicted'}`);
  }
}

// ------------------------------------------------------------------ the run

let cueMentions = 0;
const dir = process.argv[2];
const languages = new Map();
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  let lang = 'en', date = '9999-12-31', body = 0;
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---', 4);
    for (const line of text.slice(4, end).split('\n')) {
      if (line.startsWith('lang:')) lang = line.slice(5).trim();
      else if (line.startsWith('date:')) date = line.slice(5).trim();
    }
    body = end + 4;
  }
  let L = languages.get(lang);
  if (!L) languages.set(lang, (L = buildLanguage(lang, entities)));
  lintText(text, body, lang, L, date);
}
console.log(JSON.stringify({ ...Object.fromEntries(Object.entries(counts).sort()), cueMentions }));
