// Deterministic benchmark inputs: a corpus of articles from templates.mjs and synthetic fact
// sets of any size (people holding a "governor" office of synthetic regions), to be combined
// with the default fact set in claims/.
//   node scripts/bench/generate.mjs OUT_DIR [ARTICLES] [ENTITIES...]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_NAMES, LANGS, SYLLABLES, SYNTHETIC_OFFICE, TEMPLATES } from './templates.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLAIMS_DIR = path.join(ROOT, 'claims');

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** The i-th synthetic surname: i written in base SYLLABLES.length, four syllables, "-ov" ending. */
function surname(i, script) {
  const s = script === 'cyrl' ? 1 : 0;
  let out = '';
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / SYLLABLES.length)) out += SYLLABLES[n % SYLLABLES.length][s];
  out += script === 'cyrl' ? 'ов' : 'ov';
  return out[0].toUpperCase() + out.slice(1);
}

function regionName(i, script) {
  const s = script === 'cyrl' ? 1 : 0;
  const a = SYLLABLES[i % SYLLABLES.length][s];
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length][s];
  const name = `${a}${b}${script === 'cyrl' ? 'ния' : 'nia'}`;
  return name[0].toUpperCase() + name.slice(1) + (i >= SYLLABLES.length ** 2 ? ` ${i}` : '');
}

function personNames(i) {
  const [fl, fc] = FIRST_NAMES[i % FIRST_NAMES.length];
  const l = surname(i, 'latn');
  const c = surname(i, 'cyrl');
  return { en: [`${fl} ${l}`, l], ru: [`${fc} ${c}`, c], de: [`${fl} ${l}`, l], id: [`${fl} ${l}`, l] };
}

/**
 * A fact file of `count` synthetic entities: one office, some regions, the rest people, each
 * person governor of a region for two years (terms follow one another per region).
 */
export function syntheticFacts(count) {
  const regions = Math.max(1, Math.min(200, Math.floor(count / 10)));
  const people = Math.max(0, count - 1 - regions);
  const entities = [{ id: SYNTHETIC_OFFICE.id, type: 'office', names: SYNTHETIC_OFFICE.names }];
  for (let r = 0; r < regions; r++) {
    const latn = regionName(r, 'latn');
    entities.push({ id: `bench-region-${r}`, type: 'region', names: { en: [latn], ru: [regionName(r, 'cyrl')], de: [latn], id: [latn] } });
  }
  const statements = [];
  for (let p = 0; p < people; p++) {
    entities.push({ id: `bench-person-${p}`, type: 'person', names: personNames(p) });
    const term = Math.floor(p / regions);
    const fromYear = 2024 - 2 * ((term % 40) + 1);
    statements.push({
      subject: `bench-person-${p}`,
      property: 'holds-office',
      object: { office: SYNTHETIC_OFFICE.id, of: `bench-region-${p % regions}` },
      from: `${fromYear}-03-01`,
      to: `${fromYear + 2}-03-01`,
      source: `https://example.org/bench/${p}`,
    });
  }
  return { entities, statements };
}

function readClaims() {
  const all = { entities: [], statements: [] };
  for (const f of readdirSync(CLAIMS_DIR).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(CLAIMS_DIR, f), 'utf8'));
    all.entities.push(...(data.entities ?? []));
    all.statements.push(...(data.statements ?? []));
  }
  return all;
}

function nameIn(entity, lang) {
  return entity.names?.[lang]?.[0] ?? entity.names?.en?.[0] ?? entity.id;
}

/** Everything an article may mention, per language: people with an office they held, places. */
function cast(lang) {
  const claims = readClaims();
  const byId = new Map(claims.entities.map((e) => [e.id, e]));
  const posts = [];
  for (const s of claims.statements) {
    if (s.property !== 'holds-office' || typeof s.subject !== 'string') continue;
    const person = byId.get(s.subject);
    const office = byId.get(s.object.office);
    const country = byId.get(s.object.of);
    if (person && office && country) {
      posts.push({ person: nameIn(person, lang), office: nameIn(office, lang), country: nameIn(country, lang), from: s.from ?? '0000', to: s.to ?? '9999' });
    }
  }
  // Synthetic governors 0..79 exist in every synthetic fact set (the 100-entity one has 89).
  const synthetic = syntheticFacts(100);
  const sById = new Map(synthetic.entities.map((e) => [e.id, e]));
  for (const s of synthetic.statements.slice(0, 80)) {
    posts.push({ person: nameIn(sById.get(s.subject), lang), office: nameIn(sById.get(s.object.office), lang), country: nameIn(sById.get(s.object.of), lang), from: s.from, to: s.to });
  }
  const people = claims.entities.filter((e) => e.type === 'person').map((e) => nameIn(e, lang));
  const countries = claims.entities.filter((e) => e.type === 'country').map((e) => ({ id: e.id, name: nameIn(e, lang) }));
  const places = claims.entities.filter((e) => e.type === 'city').map((e) => nameIn(e, lang));
  const offices = claims.entities.filter((e) => e.type === 'office').map((e) => nameIn(e, lang));
  return { posts, people, countries, places, offices };
}

const pad = (n) => String(n).padStart(2, '0');

/** A stable figure for a pair of countries and a year: articles agree unless told otherwise. */
function tradeTotal(a, b, year) {
  const [x, y] = [a, b].sort();
  let h = 2166136261;
  for (const ch of `${x}|${y}|${year}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 1 + (h % 200) / 10;
}

function fill(template, r, t, c, lang, date) {
  // Countries and year are chosen first, so the trade total can depend on them.
  const C = pick(r, c.countries);
  const others = c.countries.filter((k) => k.id !== C.id);
  const chosen = { C, K: pick(r, others), Y: String(2010 + Math.floor(r() * 15)) };
  const iso = date.toISOString().slice(0, 10);
  return template.replace(/\{([A-Z]+)\}/g, (_, slot) => {
    switch (slot) {
      case 'OC': {
        // Nine claims in ten name someone in office on the day, as in edited copy.
        const inOffice = c.posts.filter((p) => p.from <= iso && iso <= p.to);
        const p = pick(r, r() < 0.9 && inOffice.length ? inOffice : c.posts);
        return t.officeClaim(p.office, p.country, p.person);
      }
      case 'TX': {
        const v = tradeTotal(chosen.C.id, chosen.K.id, chosen.Y) * (r() < 0.01 ? 1.5 : 1);
        return v.toFixed(1).replace('.', lang === 'en' ? '.' : ',');
      }
      case 'P':
      case 'Q':
        return pick(r, c.people);
      case 'O':
        return pick(r, c.offices);
      case 'C':
      case 'K':
        return chosen[slot].name;
      case 'PL':
        return pick(r, c.places);
      case 'N':
        return String(2 + Math.floor(r() * 948));
      case 'ND':
        return '12';
      case 'X':
        return (1 + r() * 20).toFixed(1).replace('.', lang === 'en' ? '.' : ',');
      case 'PCT':
        return lang === 'en' || lang === 'id' ? `${Math.floor(r() * 30)}%` : `${Math.floor(r() * 30)} %`;
      case 'Y':
        return chosen.Y;
      case 'T':
        return pick(r, t.topics);
      case 'D': {
        // A day in the week before publication; one weekday in ten is wrong, as in real copy.
        const d = new Date(date.getTime() - Math.floor(r() * 7) * 86_400_000);
        const wd = (d.getUTCDay() + (r() < 0.1 ? 1 + Math.floor(r() * 6) : 0)) % 7;
        return t.date(t.weekdays[wd], d.getUTCDate(), t.months[d.getUTCMonth()]);
      }
      default:
        return slot;
    }
  });
}

/** One article of roughly `bytes` UTF-8 bytes. */
export function article(r, lang, c, bytes) {
  const t = TEMPLATES[lang];
  const date = new Date(Date.UTC(2015 + Math.floor(r() * 11), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
  const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const parts = [`---\ndate: ${iso}\nlang: ${lang}\n---\n# ${fill(pick(r, t.titles), r, t, c, lang, date)}\n`];
  let size = Buffer.byteLength(parts[0]);
  while (size < bytes) {
    const n = 2 + Math.floor(r() * 4);
    const para = Array.from({ length: n }, () => fill(pick(r, t.sentences), r, t, c, lang, date)).join(' ');
    parts.push(`\n${para}\n`);
    size += Buffer.byteLength(para) + 2;
  }
  return parts.join('');
}

/** Writes `count` articles (languages in turn) into `dir`; returns their paths and total bytes. */
export function writeCorpus(dir, count, { seed = 20_250_101, meanBytes = 4500 } = {}) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const casts = Object.fromEntries(LANGS.map((l) => [l, cast(l)]));
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const lang = LANGS[i % LANGS.length];
    const text = article(r, lang, casts[lang], Math.round(meanBytes * (0.5 + r())));
    const file = path.join(dir, `${String(i).padStart(4, '0')}-bench.${lang}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** Writes a synthetic fact file of `count` entities; returns its path. */
export function writeFacts(dir, count) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `synthetic-${count}.json`);
  writeFileSync(file, JSON.stringify(syntheticFacts(count)) + '\n');
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [out, articles = '2000', ...sizes] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node scripts/bench/generate.mjs OUT_DIR [ARTICLES] [ENTITIES...]');
    process.exit(2);
  }
  const { files, bytes } = writeCorpus(path.join(out, 'articles'), Number(articles));
  console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${path.join(out, 'articles')}`);
  for (const n of sizes.length ? sizes : ['100', '100000']) console.log(writeFacts(out, Number(n)));
}
