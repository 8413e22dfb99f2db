"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// scripts/bundle/import-meta-url.js
var importMetaUrl = require("node:url").pathToFileURL(__filename).href;

// dist/engine/lint-worker.js
var import_node_worker_threads = require("node:worker_threads");

// dist/facts/compiled-cache.js
var import_node_v8 = __toESM(require("node:v8"), 1);

// dist/errors.js
var FactlintError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.name = "FactlintError";
    this.exitCode = exitCode;
  }
};
var DocumentError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "DocumentError";
  }
};

// dist/facts/schema.js
var import_node_url = require("node:url");
var FACTSET_SCHEMA_PATH = (0, import_node_url.fileURLToPath)(new URL("../../claims/schema/factset.schema.json", importMetaUrl));

// dist/document/dates.js
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  if (month === 2)
    return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function isValidDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return false;
  return day <= daysInMonth(year, month);
}
function formatDate(year, month, day) {
  if (!isValidDate(year, month, day))
    return void 0;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
function parseIsoDate(value) {
  const m = ISO_DATE.exec(value.trim());
  if (!m)
    return void 0;
  return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

// dist/facts/time.js
function dateInSpan(date, from, to) {
  return (from == null || from <= date) && (to == null || date <= to);
}

// dist/facts/compiled-cache.js
var MARKER = "factlint-fact-cache/1";
function isLoaded(v) {
  const l = v;
  return typeof l === "object" && l !== null && typeof l.hash === "string" && Array.isArray(l.files) && Array.isArray(l.statements) && typeof l.facts === "object" && l.facts !== null && Array.isArray(l.facts.entities) && Array.isArray(l.facts.properties) && l.facts.statements === l.statements;
}
function decodeFactSet(bytes, key) {
  try {
    const c = import_node_v8.default.deserialize(bytes);
    if (c?.marker !== MARKER || key !== void 0 && c.key !== key || !isLoaded(c.loaded))
      return void 0;
    return c.loaded;
  } catch {
    return void 0;
  }
}

// dist/facts/index.js
var SEP = "\0";
function asList(v) {
  return v === void 0 ? [] : Array.isArray(v) ? v : [v];
}
function setKey(ids) {
  if (ids.length === 1)
    return ids[0];
  return [...new Set(ids)].sort().join(SEP);
}
function push(map, key, value) {
  const list = map.get(key);
  if (list)
    list.push(value);
  else
    map.set(key, [value]);
}
function push2(map, a, b, value) {
  let inner = map.get(a);
  if (!inner)
    map.set(a, inner = /* @__PURE__ */ new Map());
  push(inner, b, value);
}
function isDeprecated(s) {
  return s.rank === "deprecated";
}
function byFrom(a, b) {
  const fa = a.from ?? "";
  const fb = b.from ?? "";
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
var FactIndex = class {
  entityById = /* @__PURE__ */ new Map();
  propertyById = /* @__PURE__ */ new Map();
  entitiesByType = /* @__PURE__ */ new Map();
  /** office → of → holds-office statements */
  posts = /* @__PURE__ */ new Map();
  holders = /* @__PURE__ */ new Map();
  /** property → subject-set key → statements */
  bySubjects = /* @__PURE__ */ new Map();
  byProperty = /* @__PURE__ */ new Map();
  places = /* @__PURE__ */ new Map();
  dates = /* @__PURE__ */ new Map();
  withinCache = /* @__PURE__ */ new Map();
  statementById;
  all;
  constructor(loaded) {
    for (const e of loaded.facts.entities) {
      this.entityById.set(e.id, e);
      push(this.entitiesByType, e.type, e);
    }
    for (const p of loaded.facts.properties)
      this.propertyById.set(p.id, p);
    this.all = loaded.statements;
    for (const s of loaded.statements) {
      const subjects = asList(s.subject);
      const kind = this.propertyById.get(s.property)?.kind;
      push(this.byProperty, s.property, s);
      push2(this.bySubjects, s.property, setKey(subjects), s);
      if (kind === "office" && typeof s.object === "object") {
        push2(this.posts, s.object.office, s.object.of, s);
        for (const person of subjects)
          push(this.holders, person, s);
      } else if (kind === "place" && typeof s.object === "string" && !isDeprecated(s)) {
        for (const subject of subjects) {
          const targets = this.places.get(subject);
          if (!targets)
            this.places.set(subject, [s.object]);
          else if (!targets.includes(s.object))
            targets.push(s.object);
        }
      } else if (kind === "date") {
        for (const subject of new Set(subjects))
          push(this.dates, subject, s);
      }
    }
    for (const inner of this.posts.values())
      for (const list of inner.values())
        list.sort(byFrom);
    for (const list of this.holders.values())
      list.sort(byFrom);
  }
  /** The entity with this id, if any. */
  entity(id) {
    return this.entityById.get(id);
  }
  /** The property with this id, if any. */
  property(id) {
    return this.propertyById.get(id);
  }
  /** A statement by its id ("offices.json#/statements/3"). */
  statement(id) {
    this.statementById ??= new Map(this.all.map((s) => [s.id, s]));
    return this.statementById.get(id);
  }
  /** All entities, in load order. */
  entities() {
    return [...this.entityById.values()];
  }
  /** All properties, in load order. */
  properties() {
    return [...this.propertyById.values()];
  }
  /** Entities of one type ("office", "person", "country"...), in load order. */
  entitiesOfType(type) {
    return this.entitiesByType.get(type) ?? [];
  }
  /** Every statement of a property (any subject, any rank), in load order. */
  statementsOf(property) {
    return this.byProperty.get(property) ?? [];
  }
  /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
  postsOf(office, of) {
    return this.posts.get(office)?.get(of) ?? [];
  }
  /** Who held the post on `date` (YYYY-MM-DD): from ≤ date ≤ to, no from = since always, to null = still. */
  holdersAt(office, of, date) {
    return this.postsOf(office, of).filter((s) => !isDeprecated(s) && dateInSpan(date, s.from, s.to));
  }
  /** Every post a person held, at any time and of any rank, earliest first. */
  heldBy(person) {
    return this.holders.get(person) ?? [];
  }
  /** The posts a person held on `date` (YYYY-MM-DD). */
  heldByAt(person, date) {
    return this.heldBy(person).filter((s) => !isDeprecated(s) && dateInSpan(date, s.from, s.to));
  }
  /**
   * Statements of a property about exactly this set of subjects (order and repeats do not
   * matter: ["russia","kyrgyzstan"] finds a statement on ["kyrgyzstan","russia"]), in load order.
   */
  statementsFor(property, subjects, opts = {}) {
    const found = this.bySubjects.get(property)?.get(setKey(subjects)) ?? [];
    if (opts.of === void 0)
      return found;
    const want = setKey(opts.of);
    return found.filter((s) => setKey(asList(s.of)) === want);
  }
  /** Where a subject is, directly (objects of its place statements), in load order. */
  locatedIn(subject) {
    return this.places.get(subject) ?? [];
  }
  /**
   * Every place a subject lies in, nearest first, following located-in transitively
   * (Kant → Chuy region → Kyrgyzstan). A cycle in the data ends the walk instead of looping.
   */
  placesAround(subject) {
    const cached = this.withinCache.get(subject);
    if (cached)
      return cached;
    const seen = /* @__PURE__ */ new Set([subject]);
    const order = [];
    for (let i = -1; i < order.length; i++) {
      const from = i < 0 ? subject : order[i];
      for (const target of this.locatedIn(from)) {
        if (seen.has(target))
          continue;
        seen.add(target);
        order.push(target);
      }
    }
    this.withinCache.set(subject, order);
    return order;
  }
  /** True when `place` is reached from `subject` by one or more located-in steps. */
  isWithin(subject, place) {
    return this.placesAround(subject).includes(place);
  }
  /** Date statements whose subjects include `subject`, optionally of one property, in load order. */
  datesOf(subject, property) {
    const all = this.dates.get(subject) ?? [];
    return property === void 0 ? all : all.filter((s) => s.property === property);
  }
};

// dist/engine/run.js
var import_node_fs3 = require("node:fs");

// dist/document/parse.js
var import_node_buffer = require("node:buffer");

// dist/language/pack.js
var import_node_fs = require("node:fs");
var import_node_url2 = require("node:url");
var RULES_ROOT = new URL("../../rules/", importMetaUrl);
var LANG_RE = /^[a-z]{2,3}$/;
var TOPIC_RE = /^[a-z][a-z0-9-]*$/;
var cache = /* @__PURE__ */ new Map();
function packPath(lang, topic) {
  return (0, import_node_url2.fileURLToPath)(new URL(`lang/${lang}/${topic}.json`, RULES_ROOT));
}
function loadPack(lang, topic) {
  const code = lang.toLowerCase();
  if (!LANG_RE.test(code) || !TOPIC_RE.test(topic))
    return void 0;
  const key = `${code}/${topic}`;
  if (cache.has(key))
    return cache.get(key);
  const file = packPath(code, topic);
  let value;
  if ((0, import_node_fs.existsSync)(file)) {
    try {
      value = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
    } catch (err) {
      throw new FactlintError(`cannot read ${file}: ${err.message}`);
    }
  }
  cache.set(key, value);
  return value;
}
function availableLangs(topic) {
  if (!TOPIC_RE.test(topic))
    return [];
  let dirs;
  try {
    dirs = (0, import_node_fs.readdirSync)(new URL("lang/", RULES_ROOT));
  } catch {
    return [];
  }
  return dirs.filter((d) => LANG_RE.test(d) && (0, import_node_fs.existsSync)(packPath(d, topic))).sort();
}

// dist/language/phrase-pattern.js
var GAP_CLASS = "[\\s\\u00A0\\u2009\\u202F]";
var WORD_GAP = `${GAP_CLASS}{1,3}`;
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function formText(spec) {
  return typeof spec === "string" ? spec : spec.form;
}
var STAR = "[^\\s\\d.,;:!?()\\[\\]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019\\-\u2013\u2014/\\\\<>|@#$%^&*+=~`]{0,8}";
function phraseSource(phrase) {
  return phrase.trim().split(/\s+/).map((word) => {
    const star = word.length > 1 && word.endsWith("*");
    const body = star ? word.slice(0, -1) : word;
    const src = escapeRegex(body).replace(/[её]/g, "[\u0435\u0451]").replace(/[ЕЁ]/g, "[\u0415\u0401]").replace(/['’ʼ]/g, "['\u2019\u02BC]").replace(/-/g, "[-\u2010\u2011]");
    return star ? `${src}${STAR}` : src;
  }).join(WORD_GAP);
}

// dist/language/calendar.js
var indexes = /* @__PURE__ */ new Map();
function keyOf(word) {
  return word.trim().toLowerCase().replace(/ё/g, "\u0435").replace(/\.$/, "");
}
function formSource(form) {
  return escapeRegex(form).replace(/е/g, "[\u0435\u0451]").replace(/['’ʼ]/g, "['\u2019\u02BC]");
}
function alternation(groups2) {
  const forms = [...new Set(groups2.flat())];
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return forms.map(formSource).join("|");
}
function indexOf(groups2) {
  const map = /* @__PURE__ */ new Map();
  groups2.forEach((forms, i) => {
    for (const f of forms)
      if (!map.has(keyOf(f)))
        map.set(keyOf(f), i + 1);
  });
  return map;
}
function calendarIndex(lang) {
  const code = lang.toLowerCase();
  if (indexes.has(code))
    return indexes.get(code);
  const pack = loadPack(code, "calendar");
  let idx;
  if (pack) {
    const relative = /* @__PURE__ */ new Map();
    for (const [offset, words2] of Object.entries(pack.relative ?? {})) {
      for (const w of words2)
        relative.set(keyOf(w), Number(offset));
    }
    idx = {
      months: indexOf(pack.months),
      weekdays: indexOf(pack.weekdays),
      relative,
      monthSource: alternation(pack.months),
      weekdaySource: alternation(pack.weekdays)
    };
  }
  indexes.set(code, idx);
  return idx;
}
function calendarPack(lang) {
  return loadPack(lang, "calendar");
}
function monthIndex(lang, word) {
  return calendarIndex(lang)?.months.get(keyOf(word));
}
function weekdayIndex(lang, word) {
  const idx = calendarIndex(lang);
  if (!idx)
    return void 0;
  const key = keyOf(word);
  return idx.weekdays.get(key) ?? idx.weekdays.get(key.replace(/[’ʼ]/g, "'"));
}
function calendarPattern(lang) {
  const idx = calendarIndex(lang);
  return idx ? { month: idx.monthSource, weekday: idx.weekdaySource } : void 0;
}

// dist/document/dateline.js
var MAX_LINES = 5;
var MAX_PREFIX_CHARS = 40;
var MAX_PREFIX_WORDS = 4;
var matchers = /* @__PURE__ */ new Map();
function monthOf(word, langs) {
  for (const l of langs) {
    const n = monthIndex(l, word);
    if (n !== void 0)
      return n;
  }
  return void 0;
}
function langsFor(lang) {
  const all = availableLangs("calendar");
  return lang && all.includes(lang) ? [lang, ...all.filter((l) => l !== lang)] : all;
}
function matchersFor(lang) {
  const key = lang ?? "";
  const cached = matchers.get(key);
  if (cached)
    return cached;
  const langs = langsFor(lang);
  const month = langs.map((l) => calendarPattern(l)?.month).filter(Boolean).join("|");
  const B = "(?<![\\p{L}\\p{N}])";
  const E = "(?![\\p{L}\\p{N}])";
  const year = "(\\d{4})(?!\\d)";
  const list = [
    // 2023-10-12
    { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, "u"), read: (m) => formatDate(+m[1], +m[2], +m[3]) },
    // 12.10.2023 (day first: the order of every language served here)
    { re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.${year}`, "u"), read: (m) => formatDate(+m[3], +m[2], +m[1]) }
  ];
  if (month) {
    const mon = `(${month})(?![\\p{L}])`;
    list.push({
      re: new RegExp(`${B}(\\d{1,2})\\.?[ \\t\\u00A0]+${mon}[ \\t\\u00A0]*,?[ \\t\\u00A0]+${year}`, "iu"),
      read: (m) => {
        const mo = monthOf(m[2], langs);
        return mo ? formatDate(+m[3], mo, +m[1]) : void 0;
      }
    });
    list.push({
      re: new RegExp(`${B}${mon}[ \\t\\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00A0]+${year}`, "iu"),
      read: (m) => {
        const mo = monthOf(m[1], langs);
        return mo ? formatDate(+m[3], mo, +m[2]) : void 0;
      }
    });
  }
  matchers.set(key, list);
  return list;
}
function isDatelinePrefix(prefix) {
  const p = prefix.trim();
  if (p === "")
    return true;
  if (p.length > MAX_PREFIX_CHARS || p.split(/\s+/u).length > MAX_PREFIX_WORDS)
    return false;
  if (/[.!?…](?:\s|$)/u.test(p))
    return false;
  return /[,:;|/·–—-]$/u.test(p) || !/\s/u.test(p);
}
function findDateline(text, from = 0, lang) {
  const lineRe = /[^\r\n]*/y;
  let pos = from;
  let seen = 0;
  while (pos < text.length && seen < MAX_LINES) {
    lineRe.lastIndex = pos;
    const fullLine = lineRe.exec(text)[0];
    const line = fullLine.slice(0, MAX_PREFIX_CHARS + 60);
    const lineStart = pos;
    pos += fullLine.length;
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10)
      pos += 2;
    else if (pos < text.length)
      pos += 1;
    if (fullLine.trim() === "")
      continue;
    seen++;
    let best;
    let bestIndex = Infinity;
    for (const { re, read } of matchersFor(lang)) {
      const m = re.exec(line);
      if (!m || m.index >= bestIndex)
        continue;
      if (!isDatelinePrefix(line.slice(0, m.index).replace(/^[#>*\s]+/u, "")))
        continue;
      const date = read(m, lang);
      if (!date)
        continue;
      best = { date, span: { start: lineStart + m.index, end: lineStart + m.index + m[0].length } };
      bestIndex = m.index;
    }
    if (best)
      return best;
  }
  return void 0;
}

// dist/document/detect-lang.js
var import_node_path = require("node:path");
var ISO_639_1 = new Set("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split(" "));
function langFromFileName(path) {
  const parts = (0, import_node_path.basename)(path).split(".");
  if (parts.length < 3)
    return void 0;
  const code = parts[parts.length - 2].toLowerCase();
  if (ISO_639_1.has(code))
    return code;
  if (/^[a-z]{3}$/.test(code) && availableLangs("calendar").includes(code))
    return code;
  return void 0;
}
var STOPWORDS = {
  en: ["the", "and", "of", "is", "to", "that", "for", "with", "on", "are", "was", "by", "as", "it", "this", "from", "has", "have", "will", "its", "at", "be"],
  de: ["der", "die", "und", "ist", "nicht", "das", "den", "dem", "des", "ein", "eine", "einer", "zu", "mit", "sich", "auf", "f\xFCr", "von", "im", "sind", "wird", "wurde", "auch", "nach", "bei"],
  id: ["yang", "dan", "di", "dengan", "ini", "itu", "untuk", "dari", "dalam", "pada", "tidak", "akan", "adalah", "ke", "oleh", "juga", "tersebut", "telah", "para", "sebagai"]
};
var WORD_LANG = /* @__PURE__ */ new Map();
for (const [lang, words2] of Object.entries(STOPWORDS))
  for (const w of words2)
    WORD_LANG.set(w, lang);
var SAMPLE = 2e4;
var MIN_HITS = 3;
var MIN_RATIO = 1.5;
function detectLanguage(text, from = 0) {
  const sample = text.slice(from, from + SAMPLE);
  let cyrillic = 0;
  let latin = 0;
  for (const m of sample.matchAll(new RegExp("\\p{L}", "gu"))) {
    const c = m[0].codePointAt(0);
    if (c >= 1024 && c <= 1327)
      cyrillic++;
    else if (c < 592 || c >= 7680 && c <= 7935)
      latin++;
  }
  if (cyrillic + latin < 20)
    return void 0;
  if (cyrillic > latin)
    return "ru";
  const hits = { en: 0, de: 0, id: 0 };
  for (const m of sample.toLowerCase().matchAll(new RegExp("\\p{L}+", "gu"))) {
    const lang = WORD_LANG.get(m[0]);
    if (lang)
      hits[lang]++;
  }
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (first[1] < MIN_HITS || first[1] < second[1] * MIN_RATIO)
    return void 0;
  return first[0];
}

// dist/document/front-matter.js
var import_node_module = require("node:module");

// dist/document/simple-front-matter.js
var PAIR = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
var PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,_/()+'’-]{0,1000}$/u;
var NULL = /^(?:null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var WHOLE = /^\d{1,15}$/;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function trimSpaces(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32)
    a++;
  while (b > a && s.charCodeAt(b - 1) === 32)
    b--;
  return s.slice(a, b);
}
function scalar(value) {
  if (value === void 0 || value === "")
    return { ok: true, value: null };
  if (!PLAIN.test(value))
    return { ok: false };
  if (NULL.test(value))
    return { ok: true, value: null };
  if (TRUE.test(value))
    return { ok: true, value: true };
  if (FALSE.test(value))
    return { ok: true, value: false };
  if (WHOLE.test(value))
    return { ok: true, value: Number(value) };
  if (ISO_DAY.test(value))
    return { ok: true, value };
  if (/^\d/.test(value))
    return { ok: false };
  return { ok: true, value };
}
function parseSimpleFrontMatter(source) {
  const data = {};
  const seen = /* @__PURE__ */ new Set();
  for (const line of source.split(/\r?\n/)) {
    if (line.includes("\r"))
      return void 0;
    if (line === "" || line.startsWith("#"))
      continue;
    const m = PAIR.exec(line);
    if (!m)
      return void 0;
    const key = m[1];
    if (seen.has(key) || key === "__proto__" || NULL.test(key) || TRUE.test(key) || FALSE.test(key))
      return void 0;
    seen.add(key);
    const v = scalar(m[2] === void 0 ? void 0 : trimSpaces(m[2]));
    if (!v.ok)
      return void 0;
    data[key] = v.value;
  }
  return data;
}

// dist/document/front-matter.js
var yamlLib;
function yaml() {
  yamlLib ??= (0, import_node_module.createRequire)(importMetaUrl)("yaml");
  return yamlLib;
}
var OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
var CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
var LANG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
function parseFrontMatter(text) {
  const open = OPEN.exec(text);
  if (!open)
    return void 0;
  const yamlStart = open[0].length;
  const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/y;
  lineRe.lastIndex = yamlStart;
  let yamlEnd = -1;
  let bodyStart = -1;
  while (lineRe.lastIndex < text.length) {
    const at = lineRe.lastIndex;
    const m = lineRe.exec(text);
    if (CLOSE.test(m[1])) {
      yamlEnd = at;
      bodyStart = at + m[0].length;
      break;
    }
    if (m[0].length === 0)
      break;
  }
  if (yamlEnd < 0)
    throw new DocumentError("front matter: unterminated (no closing ---)");
  const source = text.slice(yamlStart, yamlEnd);
  const simple = parseSimpleFrontMatter(source);
  if (simple) {
    const fast = validKeys(simple);
    if (fast)
      return { data: simple, bodyStart, ...fast };
  }
  const { parseDocument: parseYaml, isMap, isScalar } = yaml();
  const doc = parseYaml(source, { prettyErrors: false, uniqueKeys: true });
  const fileLine = (yamlOffset) => {
    let line = 2;
    const end = Math.min(yamlOffset ?? 0, source.length);
    for (let i = 0; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13 && source.charCodeAt(i + 1) !== 10)
        line++;
    }
    return line;
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const message = firstError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new DocumentError(`front matter: YAML error at line ${fileLine(firstError.pos[0])}: ${message}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new DocumentError(`front matter: expected "key: value" lines at line ${fileLine(doc.contents.range?.[0])}`);
  }
  let data;
  try {
    const js = doc.toJS({ maxAliasCount: 100 });
    data = js && typeof js === "object" ? js : {};
  } catch (err) {
    throw new DocumentError(`front matter: YAML error: ${err.message}`);
  }
  const keyLine = (key) => {
    if (!isMap(doc.contents))
      return 2;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value ?? pair?.key;
    const range = node && typeof node === "object" && "range" in node ? node.range : void 0;
    return fileLine(range?.[0]);
  };
  let date;
  if ("date" in data && data.date !== null && data.date !== void 0) {
    const raw = data.date;
    date = raw instanceof Date ? parseIsoDate(raw.toISOString()) : typeof raw === "string" ? parseIsoDate(raw) : void 0;
    if (!date) {
      throw new DocumentError(`front matter: invalid date ${JSON.stringify(raw instanceof Date ? raw.toISOString() : raw)} at line ${keyLine("date")} (expected YYYY-MM-DD)`);
    }
  }
  let lang;
  if ("lang" in data && data.lang !== null && data.lang !== void 0) {
    const m = typeof data.lang === "string" ? LANG.exec(data.lang.trim()) : null;
    if (!m) {
      throw new DocumentError(`front matter: invalid lang ${JSON.stringify(data.lang)} at line ${keyLine("lang")} (expected a 2\u20133 letter language code such as "en")`);
    }
    lang = m[1].toLowerCase();
  }
  return { data, bodyStart, date, lang };
}
function validKeys(data) {
  let date;
  if (data.date !== null && data.date !== void 0) {
    date = typeof data.date === "string" ? parseIsoDate(data.date) : void 0;
    if (!date)
      return void 0;
  }
  let lang;
  if (data.lang !== null && data.lang !== void 0) {
    const m = typeof data.lang === "string" ? LANG.exec(data.lang.trim()) : null;
    if (!m)
      return void 0;
    lang = m[1].toLowerCase();
  }
  return { date, lang };
}

// dist/document/lines.js
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineIndexAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
function positionAt(doc, offset) {
  const o = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), doc.text.length) : 0;
  const idx = lineIndexAt(doc.lineStarts, o);
  return { line: idx + 1, column: o - doc.lineStarts[idx] + 1 };
}
function rangeOf(doc, span) {
  const start = positionAt(doc, span.start);
  const end = positionAt(doc, Math.max(span.start, span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

// dist/document/parse.js
var SNIFF = 8192;
var MAX_CONTROL_SHARE = 0.1;
function isControl(c) {
  return c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27 || c === 127;
}
function looksBinary(at, length) {
  const n = Math.min(length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0)
      return true;
    if (isControl(c))
      control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}
function firstInvalidUtf8(buf) {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else
      return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === void 0 || (c & 192) !== 128)
        return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343)
      return i;
    i += need + 1;
  }
  return -1;
}
function decode(buf) {
  if (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255) {
    throw new DocumentError("UTF-16 text: convert the file to UTF-8");
  }
  if (looksBinary((i) => buf[i], buf.length))
    throw new DocumentError("binary file");
  if (!(0, import_node_buffer.isUtf8)(buf)) {
    const at = firstInvalidUtf8(buf);
    let line = 1;
    for (let i = 0; i < at; i++)
      if (buf[i] === 10 || buf[i] === 13 && buf[i + 1] !== 10)
        line++;
    throw new DocumentError(`invalid UTF-8 at byte ${at} (line ${line})`);
  }
  const bom = buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  return { text: bom ? text.slice(1) : text, bom };
}
function parseDocument(path, input, opts = {}) {
  let text;
  let bom;
  if (typeof input === "string") {
    if (looksBinary((i) => input.charCodeAt(i), input.length))
      throw new DocumentError("binary file");
    bom = input.charCodeAt(0) === 65279;
    text = bom ? input.slice(1) : input;
  } else {
    ({ text, bom } = decode(input));
  }
  let optionDate;
  if (opts.date !== void 0) {
    optionDate = parseIsoDate(opts.date);
    if (!optionDate)
      throw new FactlintError(`invalid --date ${JSON.stringify(opts.date)} (expected YYYY-MM-DD)`);
  }
  let optionLang;
  if (opts.lang !== void 0) {
    optionLang = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(opts.lang.trim())?.[1]?.toLowerCase();
    if (!optionLang)
      throw new FactlintError(`invalid --lang ${JSON.stringify(opts.lang)} (expected a language code such as "en")`);
  }
  const fm = parseFrontMatter(text);
  const bodyStart = fm?.bodyStart ?? 0;
  const lang = fm?.lang ?? optionLang ?? langFromFileName(path) ?? detectLanguage(text, bodyStart);
  let date;
  let dateSource = "none";
  if (fm?.date) {
    date = fm.date;
    dateSource = "front-matter";
  } else {
    const dl = findDateline(text, bodyStart, lang);
    if (dl) {
      date = dl.date;
      dateSource = "dateline";
    } else if (optionDate) {
      date = optionDate;
      dateSource = "option";
    }
  }
  return {
    path,
    text,
    bodyStart,
    lang,
    date,
    dateSource,
    frontMatter: fm?.data ?? {},
    lineStarts: lineStarts(text),
    bom
  };
}

// dist/report/rule-meta.js
var RULES_FILE = new URL("../../rules/rules.json", importMetaUrl);

// dist/checks/names.js
function displayName(index, id, lang, lower = false) {
  const e = index.entity(id);
  const name = e?.names?.[lang]?.[0] ?? e?.names?.en?.[0] ?? id;
  return lower && e?.type === "office" && lang === "en" ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

// dist/checks/office-equivalents.js
var import_node_fs2 = require("node:fs");
var groups;
function shippedGroups() {
  if (!groups) {
    try {
      const data = JSON.parse((0, import_node_fs2.readFileSync)(new URL("../../rules/office-equivalents.json", importMetaUrl), "utf8"));
      groups = data.groups ?? [];
    } catch {
      groups = [];
    }
  }
  return groups;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function equivalentOffices(index, office) {
  let byOffice = cache2.get(index);
  if (!byOffice)
    cache2.set(index, byOffice = /* @__PURE__ */ new Map());
  let set = byOffice.get(office);
  if (set)
    return set;
  set = /* @__PURE__ */ new Set([office]);
  for (const g of shippedGroups())
    if (g.includes(office))
      for (const o of g)
        set.add(o);
  const own = index.entity(office)?.sameAs;
  if (Array.isArray(own)) {
    for (const o of own)
      if (typeof o === "string")
        set.add(o);
  }
  for (const e of index.entitiesOfType("office")) {
    if (Array.isArray(e.sameAs) && e.sameAs.includes(office))
      set.add(e.id);
  }
  byOffice.set(office, set);
  return set;
}

// dist/checks/office-holder.js
var MIN = "0000-01-01";
var MAX = "9999-12-31";
var YEAR = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
function yearsIn(text, span) {
  const out = /* @__PURE__ */ new Set();
  YEAR.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s))
    out.add(Number(m[1]));
  return [...out];
}
function windowsFor(claim2, years) {
  const d = claim2.at;
  const yearWindows = years.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` }));
  switch (claim2.tense) {
    case "former":
    case "then":
      return d ? [{ start: MIN, end: d }, ...yearWindows] : [{ start: MIN, end: MAX }];
    case "future":
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
  return o && typeof o === "object" ? o : void 0;
}
function describePost(index, office, of) {
  const o = displayName(index, office, "en", true);
  return of ? `${o} of ${displayName(index, of, "en")}` : o;
}
function describeTerm(s) {
  if (s.from && s.to)
    return `${s.from} to ${s.to}`;
  if (s.from)
    return `since ${s.from}`;
  if (s.to)
    return `until ${s.to}`;
  return "at all times";
}
function checkOfficeClaim(claim2, index, text) {
  for (const alt of claim2.alternatives ?? []) {
    if (!checkOfficeClaim({ ...claim2, person: alt, alternatives: [] }, index, text))
      return void 0;
  }
  const posts = index.heldBy(claim2.person);
  if (posts.length === 0)
    return void 0;
  const years = claim2.tense === "future" ? [] : yearsIn(text, claim2.sentence);
  const windows = windowsFor(claim2, years);
  const samePost = posts.filter((s) => {
    const p = postOf(s);
    return p && p.office === claim2.office && (claim2.of === void 0 || p.of === claim2.of);
  });
  if (samePost.some((s) => windows.some((w) => overlaps(s, w))))
    return void 0;
  const same = equivalentOffices(index, claim2.office);
  const aliasPost = posts.filter((s) => {
    const p = postOf(s);
    return p && p.office !== claim2.office && same.has(p.office) && (claim2.of === void 0 || p.of === claim2.of);
  });
  if (aliasPost.some((s) => windows.some((w) => overlaps(s, w))))
    return void 0;
  const person = displayName(index, claim2.person, "en");
  const post = describePost(index, claim2.office, claim2.of);
  const at = claim2.at;
  const when = at ? ` on ${at}` : "";
  const heldThen = at ? posts.filter((s) => overlaps(s, { start: at, end: at })) : posts;
  const holders = at && claim2.of ? index.holdersAt(claim2.office, claim2.of, at).filter((s) => s.subject !== claim2.person) : [];
  let message;
  let fact;
  if (samePost.length > 0 && at) {
    const s = samePost.reduce((a, b) => (a.from ?? MIN) > (b.from ?? MIN) ? a : b);
    fact = s;
    const exact = describePost(index, claim2.office, postOf(s)?.of);
    if ((s.from ?? MIN) > at)
      message = `${person} took office as ${exact} only on ${s.from}, after ${at}`;
    else
      message = `${person} was ${exact} until ${s.to}, not${when}`;
  } else {
    message = `${person} was not ${post}${when}`;
    fact = heldThen[0] ?? posts[0];
  }
  const actualPosts = heldThen.map((s) => {
    const p = postOf(s);
    return p ? `${describePost(index, p.office, p.of)} (${describeTerm(s)})` : "";
  }).filter(Boolean);
  if (actualPosts.length)
    message += `; the fact set has ${person} as ${actualPosts.join(" and ")}`;
  const holderNames = holders.map((h) => displayName(index, Array.isArray(h.subject) ? h.subject[0] : h.subject, "en"));
  if (holderNames.length)
    message += `; ${post}${when ? " then" : ""}: ${holderNames.join(", ")}`;
  if (!fact && holders[0])
    fact = holders[0];
  return {
    ruleId: "office-holder",
    span: claim2.span,
    message,
    actual: `${person}: ${post}`,
    expected: actualPosts.length ? `${person}: ${actualPosts.join("; ")}` : holderNames.length ? `${post}: ${holderNames.join(", ")}` : `${person}: no such post${when}`,
    fact,
    fix: countryFix(claim2, index, heldThen, text)
  };
}
function countryFix(claim2, index, heldThen, text) {
  if (!claim2.of || !claim2.ofSpan || !claim2.at)
    return void 0;
  const right = heldThen.map(postOf).filter((p) => p && p.office === claim2.office && p.of !== claim2.of);
  if (right.length !== 1)
    return void 0;
  const written = text.slice(claim2.ofSpan.start, claim2.ofSpan.end);
  const wrongNames = index.entity(claim2.of)?.names?.[claim2.lang] ?? [];
  if (!wrongNames.some((n) => n === written))
    return void 0;
  const replacement = index.entity(right[0].of)?.names?.[claim2.lang]?.[0];
  if (!replacement)
    return void 0;
  return { range: [claim2.ofSpan.start, claim2.ofSpan.end], text: replacement };
}

// dist/checks/place.js
function checkPlaceClaim(claim2, index) {
  const around = index.placesAround(claim2.subject);
  if (around.includes(claim2.place))
    return void 0;
  const type = index.entity(claim2.place)?.type;
  const actual = around.find((p) => index.entity(p)?.type === type);
  if (!actual)
    return void 0;
  const subject = displayName(index, claim2.subject, "en");
  const place = displayName(index, claim2.place, "en");
  const right = displayName(index, actual, "en");
  const chain = around.map((p) => displayName(index, p, "en")).join(", ");
  const fact = index.statementsOf(placeProperty(index)).find((s) => s.subject === claim2.subject || Array.isArray(s.subject) && s.subject.includes(claim2.subject));
  return {
    ruleId: "place",
    span: claim2.span,
    message: `${subject} is in ${right}, not in ${place} (the fact set places it in ${chain})`,
    actual: `${subject} in ${place}`,
    expected: `${subject} in ${chain}`,
    ...fact ? { fact } : {}
  };
}
function placeProperty(index) {
  return index.properties().find((p) => p.kind === "place")?.id ?? "located-in";
}

// dist/language/lexicon.js
var LETTER = 1;
var DIGIT_OR_NUMBER = 2;
var SPACE = 4;
var NOT_STAR = 8;
var CLASSIFIED = 16;
var STAR_EXCLUDED = new Set(".,;:!?()[]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019-\u2013\u2014/\\<>|@#$%^&*+=~`");
var classes = new Uint8Array(65536);
function classifyCodePoint(cp) {
  const ch = String.fromCodePoint(cp);
  let c = CLASSIFIED;
  if (new RegExp("\\p{L}", "u").test(ch))
    c |= LETTER;
  if (new RegExp("\\p{N}", "u").test(ch))
    c |= DIGIT_OR_NUMBER;
  if (/\s/u.test(ch))
    c |= SPACE | NOT_STAR;
  if (cp >= 48 && cp <= 57 || STAR_EXCLUDED.has(ch))
    c |= NOT_STAR;
  return c;
}
function classOf(cp) {
  if (cp > 65535)
    return classifyCodePoint(cp);
  let c = classes[cp];
  if (c === 0)
    classes[cp] = c = classifyCodePoint(cp);
  return c;
}
function codePointAt(text, i) {
  return text.codePointAt(i);
}
function width(cp) {
  return cp > 65535 ? 2 : 1;
}
function codePointBefore(text, i) {
  if (i <= 0)
    return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 56320 && lo <= 57343 && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 55296 && hi <= 56319)
      return text.codePointAt(i - 2);
  }
  return lo;
}
function blocks(boundary, cp) {
  if (cp < 0 || boundary === "none")
    return false;
  const c = classOf(cp);
  return boundary === "word" ? (c & (LETTER | DIGIT_OR_NUMBER)) !== 0 : (c & LETTER) !== 0;
}
var APOSTROPHES = /* @__PURE__ */ new Set([8217, 700]);
var HYPHENS = /* @__PURE__ */ new Set([8208, 8209]);
var FOLD_EXTRA = /* @__PURE__ */ new Map([[962, 963], [383, 115]]);
var foldedCi = new Int32Array(65536).fill(-1);
var foldedCs = new Int32Array(65536).fill(-1);
function foldCodePoint(cp, caseInsensitive) {
  if (APOSTROPHES.has(cp))
    return 39;
  if (HYPHENS.has(cp))
    return 45;
  let f = cp;
  if (caseInsensitive) {
    f = FOLD_EXTRA.get(cp) ?? cp;
    if (f === cp) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      const lcp = lower.codePointAt(0);
      if (lower.length === width(lcp))
        f = lcp;
    }
  }
  if (f === 1105)
    return 1077;
  if (f === 1025)
    return 1045;
  return f;
}
function fold(cp, caseInsensitive) {
  if (cp > 65535)
    return foldCodePoint(cp, caseInsensitive);
  const table = caseInsensitive ? foldedCi : foldedCs;
  let f = table[cp];
  if (f < 0)
    table[cp] = f = foldCodePoint(cp, caseInsensitive);
  return f;
}
function newNode() {
  return { next: void 0, gap: void 0, star: void 0, ends: [] };
}
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
function wordStart(phrase) {
  return LETTER_OR_DIGIT.test(phrase.trim());
}
function wordEnd(phrase) {
  const p = phrase.trim();
  return p.endsWith("*") || LETTER_OR_DIGIT.test(p.slice(-1));
}
var Lexicon = class {
  entries = [];
  roots;
  /** Longest form in characters, bounding how far back `endingAt` looks. */
  maxLen;
  parts;
  lead;
  trail;
  search;
  /** Whether every form needs the lead boundary (starts with a letter or digit). */
  allLead;
  resume;
  firstOfPart;
  startTable;
  constructor(items, opts = {}) {
    this.lead = opts.lead ?? "word";
    this.trail = opts.trail ?? "word";
    const seen = /* @__PURE__ */ new Set();
    const unique = items.filter((i) => {
      const key = `${formText(i.spec)}\0${typeof i.spec === "string" ? "" : JSON.stringify(i.spec)}`;
      if (seen.has(key) || formText(i.spec).trim() === "")
        return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => {
      const ta = formText(a.spec);
      const tb = formText(b.spec);
      return tb.length - ta.length || (ta < tb ? -1 : ta > tb ? 1 : 0);
    });
    const ciRoot = newNode();
    const csRoot = newNode();
    let part = 0;
    for (const caseSensitive of [false, true]) {
      for (const atStart of [true, false]) {
        for (const atEnd of [true, false]) {
          let order = 0;
          for (const item of unique) {
            const cs = typeof item.spec !== "string" && item.spec.caseSensitive === true;
            const text = formText(item.spec);
            if (cs !== caseSensitive || wordStart(text) !== atStart || wordEnd(text) !== atEnd)
              continue;
            const idx = this.entries.length;
            this.entries.push({ data: item.data, spec: item.spec, part, order: order++, lead: atStart, trail: atEnd });
            insert(caseSensitive ? csRoot : ciRoot, text, !caseSensitive).ends.push(idx);
          }
          if (order > 0)
            part++;
        }
      }
    }
    this.parts = part;
    this.resume = new Int32Array(part);
    this.firstOfPart = new Int32Array(part);
    this.allLead = this.entries.every((e) => e.lead);
    this.roots = [{ root: ciRoot, ci: true }, { root: csRoot, ci: false }];
    const n = this.entries.length;
    this.search = { ends: new Int32Array(n), stamp: new Int32Array(n), found: [], call: 0 };
    this.maxLen = Math.min(120, unique.reduce((m, i) => Math.max(m, formText(i.spec).length * 2 + 12), 0));
  }
  /** The longest form starting exactly at `pos`. */
  at(text, pos) {
    if (pos > text.length)
      return void 0;
    return this.bestAt(text, Math.max(0, pos), text.length, false, 0);
  }
  /**
   * The longest form that ends at `end`, or before it with only spaces between. Tried only at
   * word starts inside a bounded window, so the cost per call does not grow with the text.
   */
  endingAt(text, end) {
    const windowStart = Math.max(0, end - this.maxLen);
    for (let k = windowStart; k < end; k++) {
      const prev = k > 0 ? text.charCodeAt(k - 1) : -1;
      const cur = text.charCodeAt(k);
      if (prev >= 0 && blocks("word", prev) && blocks("word", cur))
        continue;
      const best = this.bestAt(text, k, end, true, windowStart);
      if (best)
        return best;
    }
    return void 0;
  }
  /** All non-overlapping matches in the text, leftmost first, the longer one at a tie. */
  all(text) {
    const resume = this.resume.fill(0);
    const first = this.firstOfPart;
    const found = [];
    const s = this.search;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.mayStartAt(text, i))
        continue;
      if (this.allLead && i > 0 && blocks(this.lead, codePointBefore(text, i)))
        continue;
      this.collect(text, i, n, false, 0);
      if (s.found.length === 0)
        continue;
      first.fill(-1);
      for (const e of s.found) {
        const entry = this.entries[e];
        if (i < resume[entry.part])
          continue;
        const cur = first[entry.part];
        if (cur < 0 || entry.order < this.entries[cur].order)
          first[entry.part] = e;
      }
      for (let p = 0; p < this.parts; p++) {
        const e = first[p];
        if (e < 0)
          continue;
        const end = s.ends[e];
        if (end === i)
          continue;
        resume[p] = end;
        found.push(this.match(text, i, end, e));
      }
    }
    if (found.length < 2)
      return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start >= lastEnd) {
        out.push(f);
        lastEnd = f.end;
      }
    }
    return out;
  }
  /** Can some form start at `i`? A table per list, filled on demand: most offsets end here. */
  mayStartAt(text, i) {
    const cu = text.charCodeAt(i);
    if (cu >= 55296 && cu <= 57343)
      return this.startsWith(codePointAt(text, i));
    const table = this.startTable ??= new Uint8Array(65536);
    let v = table[cu];
    if (v === 0)
      table[cu] = v = this.startsWith(cu) ? 1 : 2;
    return v === 1;
  }
  startsWith(cp) {
    for (const { root, ci } of this.roots)
      if (root.next?.has(fold(cp, ci)))
        return true;
    return false;
  }
  match(text, start, end, e) {
    const entry = this.entries[e];
    return { start, end, text: text.slice(start, end), data: entry.data, spec: entry.spec };
  }
  /**
   * The match at `start` the regexes returned: in each alternation the first alternative that
   * matches, then the longest of those (the earlier alternation at a tie). With `toLimit`, a
   * match must reach `limit` but for up to 3 spaces, as `endingAt` needs.
   */
  bestAt(text, start, limit, toLimit, textStart) {
    if (!this.mayStartAt(text, start))
      return void 0;
    this.collect(text, start, limit, toLimit, textStart);
    const s = this.search;
    if (s.found.length === 0)
      return void 0;
    const first = new Array(this.parts).fill(-1);
    for (const e of s.found) {
      const p = this.entries[e].part;
      const cur = first[p];
      if (cur < 0 || this.entries[e].order < this.entries[cur].order)
        first[p] = e;
    }
    let best = -1;
    for (const e of first)
      if (e >= 0 && (best < 0 || s.ends[e] > s.ends[best]))
        best = e;
    return this.match(text, start, s.ends[best], best);
  }
  /** Every entry that matches at `start`, with the end of its first path in regex order. */
  collect(text, start, limit, toLimit, textStart) {
    const s = this.search;
    s.call++;
    s.found.length = 0;
    const leadOk = start === textStart || !blocks(this.lead, codePointBefore(text, start));
    for (const { root, ci } of this.roots)
      this.walk(root, text, start, limit, toLimit, leadOk, ci);
  }
  walk(node, text, i, limit, toLimit, leadOk, ci) {
    const s = this.search;
    for (; ; ) {
      for (const e of node.ends) {
        if (s.stamp[e] === s.call)
          continue;
        const entry = this.entries[e];
        if (entry.lead && !leadOk)
          continue;
        if (entry.trail && i < limit && blocks(this.trail, codePointAt(text, i)))
          continue;
        if (toLimit && !onlySpacesTo(text, i, limit))
          continue;
        s.stamp[e] = s.call;
        s.ends[e] = i;
        s.found.push(e);
      }
      if (node.gap) {
        let j = i;
        let n = 0;
        while (j < limit && n < 4 && classOf(codePointAt(text, j)) & SPACE) {
          j += width(codePointAt(text, j));
          n++;
        }
        if (n >= 1 && n <= 3)
          this.walk(node.gap, text, j, limit, toLimit, leadOk, ci);
      }
      if (node.star) {
        const stops = [i];
        let j = i;
        while (stops.length <= 8 && j < limit) {
          const c = codePointAt(text, j);
          if (classOf(c) & NOT_STAR)
            break;
          j += width(c);
          stops.push(j);
        }
        for (let k = stops.length - 1; k >= 0; k--)
          this.walk(node.star, text, stops[k], limit, toLimit, leadOk, ci);
      }
      if (!node.next || i >= limit)
        return;
      const cp = codePointAt(text, i);
      const child = node.next.get(fold(cp, ci));
      if (!child)
        return;
      node = child;
      i += width(cp);
    }
  }
};
function onlySpacesTo(text, i, limit) {
  let n = 0;
  for (let j = i; j < limit; j++) {
    if (!(classOf(text.charCodeAt(j)) & SPACE) || ++n > 3)
      return false;
  }
  return true;
}
function insert(root, phrase, ci) {
  let node = root;
  const words2 = phrase.trim().split(/\s+/);
  words2.forEach((word, w) => {
    if (w > 0)
      node = node.gap ??= newNode();
    const star = word.length > 1 && word.endsWith("*");
    const body = star ? word.slice(0, -1) : word;
    for (const ch of body) {
      const f = fold(ch.codePointAt(0), ci);
      node.next ??= /* @__PURE__ */ new Map();
      let child = node.next.get(f);
      if (!child)
        node.next.set(f, child = newNode());
      node = child;
    }
    if (star)
      node = node.star ??= newNode();
  });
  return node;
}

// dist/language/dates.js
var G = GAP_CLASS;
var cache3 = /* @__PURE__ */ new Map();
function alternation2(forms) {
  if (!forms || forms.length === 0)
    return void 0;
  return [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(phraseSource).join("|");
}
function numericFormat(format) {
  const order = [];
  let src = "";
  for (const ch of format) {
    if (ch === "D" || ch === "M") {
      order.push(ch);
      src += "(\\d{1,2})";
    } else if (ch === "Y") {
      order.push("Y");
      src += "(\\d{4})";
    } else
      src += escapeRegex(ch);
  }
  const first = format.charAt(0);
  const last2 = format.charAt(format.length - 1);
  const lead = /[DMY]/.test(first) ? "(?<![\\p{N}]|[\\p{N}][.,/-])" : "";
  const trail = /[DMY]/.test(last2) ? "(?![\\p{N}]|[.,/-][\\p{N}])" : last2 === "." ? "(?![\\p{N}])" : "";
  return { re: new RegExp(`${lead}${src}${trail}`, "gu"), order };
}
function dateRules(lang) {
  const code = lang.toLowerCase();
  if (cache3.has(code))
    return cache3.get(code);
  const pack = loadPack(code, "periods");
  const cal = calendarPattern(code);
  let rules;
  if (pack) {
    const d = pack.dates;
    const suffix = alternation2(d.daySuffixes);
    const link = alternation2(d.dayMonthLinks);
    const day = `(\\d{1,2})${suffix ? `(?:${suffix})?` : ""}`;
    const year = `(?:,?${G}{1,3}(\\d{4})(?![\\p{N}]|[.,]\\p{N}))?`;
    const month = cal ? `((?:${cal.month}))(?!\\p{L})` : void 0;
    const joiners = alternation2(d.weekdayJoiners);
    const formats = ["Y-M-D", ...d.numeric ?? []];
    formats.sort((a, b) => b.length - a.length);
    rules = {
      monthsCapitalized: pack.monthsCapitalized === true,
      dm: month && d.order.includes("DM") ? new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{N}][.,])(?:${day}${G}{0,2}[-\u2013\u2014]${G}{0,2})?${day}(?:${G}{1,3}(?:${link ?? "(?!)"}))?${G}{1,3}${month}${year}`, "giud") : void 0,
      md: month && d.order.includes("MD") ? new RegExp(`(?<![\\p{L}\\p{N}])${month}${G}{1,3}(\\d{1,2})(?:${suffix ?? "(?!)"})?(?![\\p{L}\\p{N}]|[.,]\\p{N})${year}`, "giu") : void 0,
      numeric: formats.map(numericFormat),
      weekday: cal ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${cal.weekday})(?!\\p{L})`, "giu") : void 0,
      joiner: new RegExp(`,?${G}{0,3}(?:(?:${joiners ?? "(?!)"})${G}{1,3})?`, "iuy"),
      weekdayLeads: new Lexicon((d.weekdayLeads ?? []).map((spec) => ({ spec, data: true }))),
      yearAfter: new Lexicon(pack.yearAfter.map((spec) => ({ spec, data: true })), { lead: "none" }),
      timeBefore: new Lexicon((pack.time.before ?? []).map((spec) => ({ spec, data: true }))),
      timeAfter: alternation2(pack.time.after) ? new RegExp(`(?<![\\p{N}]|\\p{N}[.,])\\d{1,2}(?:[.:]\\d{2})?${G}{0,2}(?:${alternation2(pack.time.after)})(?![\\p{L}\\p{N}])`, "giu") : void 0
    };
  }
  cache3.set(code, rules);
  return rules;
}
var isoDate = formatDate;
function weekdayOf(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const wd = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return wd === 0 ? 7 : wd;
}
function yearOf(articleDate) {
  const m = articleDate ? /^(\d{4})-\d{2}-\d{2}/.exec(articleDate) : null;
  return m ? Number(m[1]) : void 0;
}
function startsUpper(s) {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}
function textualDates(text, lang, r) {
  const out = [];
  const push3 = (start, end, day, monthWord, year) => {
    if (r.monthsCapitalized && !startsUpper(monthWord))
      return;
    const month = monthIndex(lang, monthWord);
    const d = Number(day);
    if (!month || d < 1 || d > 31)
      return;
    let e = end;
    let y;
    if (year !== void 0) {
      y = Number(year);
      const after = r.yearAfter.at(text, gapAfter(text, e));
      if (after)
        e = after.end;
    }
    out.push({ start, end: e, day: d, month, year: y });
  };
  if (r.dm) {
    r.dm.lastIndex = 0;
    for (let m = r.dm.exec(text); m; m = r.dm.exec(text)) {
      const dayAt = m.indices?.[2]?.[0] ?? m.index;
      if (m[1] !== void 0) {
        const firstEnd = m.indices?.[1]?.[1] ?? m.index;
        const suffixEnd = text.slice(firstEnd, dayAt).search(/[\s\u00A0\u2009\u202F\-–—]/u);
        const before = out.length;
        push3(m.index, m.index + m[0].length, m[1], m[3], m[4]);
        const first = out[before];
        if (first)
          first.end = suffixEnd > 0 ? firstEnd + suffixEnd : firstEnd;
      }
      push3(dayAt, m.index + m[0].length, m[2], m[3], m[4]);
    }
  }
  if (r.md) {
    r.md.lastIndex = 0;
    for (let m = r.md.exec(text); m; m = r.md.exec(text))
      push3(m.index, m.index + m[0].length, m[2], m[1], m[3]);
  }
  return out;
}
function numericDates(text, r) {
  const out = [];
  for (const f of r.numeric) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const fields = {};
      f.order.forEach((k, i) => fields[k] = Number(m[i + 1]));
      const { D, M, Y } = fields;
      if (D === void 0 || M === void 0 || D < 1 || D > 31 || M < 1 || M > 12)
        continue;
      out.push({ start: m.index, end: m.index + m[0].length, day: D, month: M, year: Y });
    }
  }
  return out;
}
var GAP_RUN = new RegExp(`${G}{0,3}`, "uy");
function gapAfter(text, pos) {
  GAP_RUN.lastIndex = pos;
  const m = GAP_RUN.exec(text);
  return pos + (m ? m[0].length : 0);
}
function dropOverlaps(items) {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const it of items)
    if (!out.length || it.start >= out[out.length - 1].end)
      out.push(it);
  return out;
}
var last;
function findDates(text, lang, articleDate) {
  if (last && last.text === text && last.lang === lang && last.articleDate === articleDate)
    return last.result;
  const result = findDatesUncached(text, lang, articleDate);
  last = { text, lang, articleDate, result };
  return result;
}
var AFTER_GAP = new RegExp("^[\\s\\u00a0]*[,(][\\s\\u00a0]*(?:\\p{Ll}{1,4}[\\s\\u00a0]+)?$", "u");
function weekdayAfter(text, d, weekdays, from, raw, joiner) {
  for (let k = from; k < weekdays.length; k++) {
    const wk = weekdays[k];
    if (wk.start < d.end)
      continue;
    if (wk.start - d.end > 10)
      break;
    if (!AFTER_GAP.test(text.slice(d.end, wk.start)))
      return void 0;
    joiner.lastIndex = wk.end;
    const j = joiner.exec(text);
    if (j && raw.some((x) => x.start === wk.end + j[0].length))
      return void 0;
    return wk;
  }
  return void 0;
}
var DAY_MS = 864e5;
function yearNear(articleDate, articleYear, month, day) {
  if (articleYear === void 0 || !articleDate)
    return articleYear;
  const t = Date.parse(articleDate.slice(0, 10));
  const away = (y) => Math.abs(Date.UTC(y, month - 1, day) - t) / DAY_MS;
  if (away(articleYear) <= 300)
    return articleYear;
  for (const y of [articleYear - 1, articleYear + 1])
    if (away(y) <= 60)
      return y;
  return articleYear;
}
function findDatesUncached(text, lang, articleDate) {
  const r = dateRules(lang);
  if (!r)
    return [];
  const raw = dropOverlaps([...textualDates(text, lang, r), ...numericDates(text, r)]);
  const articleYear = yearOf(articleDate);
  const weekdays = [];
  if (r.weekday && calendarPack(lang)) {
    r.weekday.lastIndex = 0;
    for (let m = r.weekday.exec(text); m; m = r.weekday.exec(text)) {
      if (r.monthsCapitalized && !startsUpper(m[0]))
        continue;
      const wd = weekdayIndex(lang, m[0]);
      if (wd)
        weekdays.push({ start: m.index, end: m.index + m[0].length, weekday: wd });
    }
  }
  const out = [];
  const usedWeekdays = /* @__PURE__ */ new Set();
  let w = 0;
  for (const d of raw) {
    while (w < weekdays.length && weekdays[w].end <= d.start - 40)
      w++;
    let weekday;
    for (let k = w; k < weekdays.length && weekdays[k].end <= d.start; k++) {
      const wk = weekdays[k];
      r.joiner.lastIndex = wk.end;
      const j = r.joiner.exec(text);
      if (j && wk.end + j[0].length === d.start)
        weekday = wk;
    }
    if (!weekday)
      weekday = weekdayAfter(text, d, weekdays, w, raw, r.joiner);
    const year = d.year ?? yearNear(articleDate, articleYear, d.month, d.day);
    const mention = {
      kind: "date",
      span: { start: weekday ? weekday.start : d.start, end: d.end },
      dateSpan: { start: d.start, end: d.end },
      month: d.month,
      day: d.day,
      yearExplicit: d.year !== void 0
    };
    if (year !== void 0) {
      mention.year = year;
      const iso = isoDate(year, d.month, d.day);
      if (iso)
        mention.resolved = iso;
    }
    if (weekday) {
      mention.weekday = weekday.weekday;
      mention.weekdaySpan = { start: weekday.start, end: weekday.end };
      usedWeekdays.add(weekday.start);
    }
    out.push(mention);
  }
  const dateSpans = raw;
  let di = 0;
  for (const wk of weekdays) {
    if (usedWeekdays.has(wk.start))
      continue;
    while (di < dateSpans.length && dateSpans[di].end <= wk.start)
      di++;
    const inside2 = di < dateSpans.length && dateSpans[di].start < wk.end;
    if (inside2)
      continue;
    const lead = r.weekdayLeads.endingAt(text, wk.start);
    if (!lead)
      continue;
    const span = { start: wk.start, end: wk.end };
    out.push({ kind: "weekday", span, weekday: wk.weekday, weekdaySpan: { ...span } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
var ISO_TRIPLE = /(?<![\p{N}])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?![\p{N}])/gu;
var CLOCK = new RegExp("(?<![\\p{N}]|\\p{N}[.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{N}])", "gu");
var CLOCK_DOT = /\d{1,2}[.:]\d{2}(?![\p{N}])/uy;
function dateAndTimeMasks(text, lang) {
  const spans = [];
  for (const d of findDates(text, lang))
    if (d.kind === "date")
      spans.push({ ...d.dateSpan });
  for (const re of [ISO_TRIPLE, CLOCK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const r = dateRules(lang);
  if (r?.timeAfter) {
    r.timeAfter.lastIndex = 0;
    for (let m = r.timeAfter.exec(text); m; m = r.timeAfter.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (r) {
    for (const lead of r.timeBefore.all(text)) {
      const at = gapAfter(text, lead.end);
      CLOCK_DOT.lastIndex = at;
      const m = CLOCK_DOT.exec(text);
      if (m && at > lead.end)
        spans.push({ start: at, end: at + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

// dist/checks/date-weekday.js
var EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
var EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function checkWeekday(d, text, lang) {
  if (d.weekday === void 0 || !d.resolved || !d.weekdaySpan)
    return void 0;
  const actual = weekdayOf(d.resolved);
  if (actual === d.weekday)
    return void 0;
  const when = `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
  const yearNote = d.yearExplicit ? "" : ` (year from the article's date)`;
  return {
    ruleId: "date-weekday",
    span: d.span,
    message: `${when} was a ${EN_DAYS[actual - 1]}, not a ${EN_DAYS[d.weekday - 1]}${yearNote}`,
    actual: `${EN_DAYS[d.weekday - 1]}, ${when}`,
    expected: `${EN_DAYS[actual - 1]}, ${when}`,
    ...weekdayFix(d, actual, text, lang)
  };
}
function weekdayFix(d, actual, text, lang) {
  const pack = calendarPack(lang);
  if (!pack || !d.weekdaySpan)
    return {};
  const written = text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
  const forms = pack.weekdays[(d.weekday ?? 1) - 1] ?? [];
  if (!forms[0] || forms[0].toLowerCase() !== written.toLowerCase())
    return {};
  let replacement = pack.weekdays[actual - 1]?.[0];
  if (!replacement)
    return {};
  const upper = written[0] !== written[0].toLowerCase();
  replacement = upper ? replacement[0].toUpperCase() + replacement.slice(1) : replacement[0].toLowerCase() + replacement.slice(1);
  return { fix: { range: [d.weekdaySpan.start, d.weekdaySpan.end], text: replacement } };
}

// dist/checks/event-date.js
function agrees(s, iso) {
  if (typeof s.date === "string")
    return s.date === iso;
  const from = s.from ?? void 0;
  const to = s.to ?? from;
  if (!from)
    return true;
  return iso >= from && iso <= (to ?? from);
}
function checkEventDate(claim2, index) {
  const iso = claim2.date.resolved;
  if (!iso || !claim2.date.yearExplicit)
    return void 0;
  const statements = index.datesOf(claim2.subject, claim2.property).filter((s2) => s2.rank !== "deprecated");
  if (statements.length === 0 || statements.some((s2) => agrees(s2, iso)))
    return void 0;
  const s = statements[0];
  const right = typeof s.date === "string" ? s.date : s.from === s.to || !s.to ? `${s.from}` : `${s.from} to ${s.to}`;
  const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
  const what = subjects.map((id) => displayName(index, id, "en")).join("\u2013");
  const verb = index.property(claim2.property)?.names?.en?.[0] ?? claim2.property;
  return {
    ruleId: "event-date",
    span: claim2.span,
    message: `${what} ${verb}: the article says ${iso}, the fact set ${right}`,
    actual: iso,
    expected: right,
    fact: s
  };
}

// dist/language/numbers.js
var rulesCache = /* @__PURE__ */ new Map();
function numbersPack(lang) {
  return loadPack(lang, "numbers");
}
function isSpaceChar(c) {
  return /^[\s\u00A0\u2009\u202F]$/u.test(c);
}
function wordItems(pack) {
  const items = [];
  const listed = /* @__PURE__ */ new Set();
  for (const w of pack.words) {
    for (const spec of w.forms) {
      items.push({ spec, data: { kind: w.kind, value: w.value ?? 0 } });
      listed.add(formText(spec).toLowerCase());
    }
  }
  for (const s of pack.scales) {
    for (const spec of s.forms) {
      if (typeof spec !== "string" && (spec.gluedOnly || spec.afterCurrency))
        continue;
      if (listed.has(formText(spec).toLowerCase()))
        continue;
      const base = typeof spec === "string" ? { form: spec } : spec;
      items.push({ spec: { ...base, alone: false }, data: { kind: "scale", value: s.value } });
    }
  }
  return items;
}
function numberRules(lang) {
  const code = lang.toLowerCase();
  if (rulesCache.has(code))
    return rulesCache.get(code);
  const pack = numbersPack(code);
  let rules;
  if (pack) {
    const all = [...pack.decimal, ...pack.group];
    const items = wordItems(pack);
    rules = {
      decimal: new Set(pack.decimal),
      group: new Set(pack.group),
      joiners: /* @__PURE__ */ new Set([".", ",", ...all.filter((c) => !isSpaceChar(c))]),
      spaceGroups: new Set(pack.group.filter(isSpaceChar)),
      lone: pack.loneSeparator ?? {},
      negative: new Set(pack.negative),
      rangeJoiners: new Set(pack.rangeJoiners),
      rangeWords: new Lexicon((pack.rangeWords ?? []).map((spec) => ({ spec, data: true }))),
      changeFrom: new Lexicon((pack.changeFrom ?? []).map((spec) => ({ spec, data: true }))),
      ordinalDot: pack.ordinalDot === true,
      // Scale words may follow digits directly ("5bn"), so only a letter before them is a boundary.
      scales: new Lexicon(pack.scales.flatMap((s) => s.forms.map((spec) => ({ spec, data: s.value }))), { lead: "letter", trail: "word" }),
      words: new Lexicon(items),
      morphemes: pack.compoundWords ? new Lexicon(items.filter((i) => new RegExp("^\\p{L}+$", "u").test(formText(i.spec))), { lead: "none", trail: "none" }) : void 0,
      // A currency written before the number may touch it ("Rp68", "US$4"): no boundary after.
      currencyBefore: new Lexicon(pack.units.filter((u) => u.currency).flatMap((u) => (u.before ?? []).map((spec) => ({ spec, data: u.unit }))), { lead: "word", trail: "none" })
    };
  }
  rulesCache.set(code, rules);
  return rules;
}
function isDigitCode(c) {
  return c >= 48 && c <= 57;
}
function isDigitAt(text, i) {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}
var LETTER2 = new RegExp("\\p{L}", "u");
function isLetterAt(text, i) {
  if (i < 0 || i >= text.length)
    return false;
  const c = text.charCodeAt(i);
  if (c >= 56320 && c <= 57343 && i > 0)
    return LETTER2.test(text.slice(i - 1, i + 1));
  if (c >= 55296 && c <= 56319)
    return LETTER2.test(text.slice(i, i + 2));
  return LETTER2.test(text.charAt(i));
}
function digitsEnd(text, i) {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j)))
    j++;
  return j;
}
function readDigitToken(text, i, r) {
  let j = digitsEnd(text, i);
  const groups2 = [text.slice(i, j)];
  const seps = [];
  let spacedSoFar = j - i <= 3;
  while (j < text.length - 1) {
    const c = text.charAt(j);
    if (!isDigitAt(text, j + 1))
      break;
    if (r.joiners.has(c)) {
      const k = digitsEnd(text, j + 1);
      spacedSoFar = false;
      seps.push(c);
      groups2.push(text.slice(j + 1, k));
      j = k;
      continue;
    }
    if (r.spaceGroups.has(c)) {
      const k = digitsEnd(text, j + 1);
      if (k - (j + 1) === 3 && spacedSoFar) {
        seps.push(c);
        groups2.push(text.slice(j + 1, k));
        j = k;
        continue;
      }
    }
    break;
  }
  return { start: i, end: j, groups: groups2, seps };
}
function isGroupChar(c, r) {
  return c === "." || c === "," || r.group.has(c) || r.spaceGroups.has(c);
}
function parseDigitGroups(groups2, seps, r) {
  const head = groups2[0] ?? "";
  if (seps.length === 0)
    return { plain: head, decimals: 0, ambiguous: false };
  const tail = groups2[groups2.length - 1] ?? "";
  const canGroup = (gs) => head.length <= 3 && !(head === "0") && gs.every((g) => g.length === 3);
  if (seps.length === 1) {
    const c = seps[0] ?? "";
    if (r.spaceGroups.has(c))
      return { plain: head + tail, decimals: 0, ambiguous: false };
    const threeAfter = tail.length === 3 && canGroup([tail]);
    let reading;
    if (r.decimal.has(c) && !r.group.has(c))
      reading = "decimal";
    else if (r.group.has(c) && !r.decimal.has(c))
      reading = threeAfter ? "group" : "decimal";
    else
      reading = threeAfter ? r.lone[c] ?? "decimal" : "decimal";
    if (reading === "group")
      return { plain: head + tail, decimals: 0, ambiguous: true };
    if (c !== "." && c !== "," && !r.decimal.has(c))
      return void 0;
    return { plain: `${head}.${tail}`, decimals: tail.length, ambiguous: threeAfter };
  }
  const inner = seps.slice(0, -1);
  const first = inner[0] ?? "";
  if (!inner.every((s) => s === first) || !isGroupChar(first, r))
    return void 0;
  if (!canGroup(groups2.slice(1, -1)))
    return void 0;
  const last2 = seps[seps.length - 1] ?? "";
  const intPart = groups2.slice(0, -1).join("");
  if (last2 === first) {
    if (tail.length !== 3)
      return void 0;
    return { plain: intPart + tail, decimals: 0, ambiguous: false };
  }
  if (last2 !== "." && last2 !== "," && !r.decimal.has(last2))
    return void 0;
  return { plain: `${intPart}.${tail}`, decimals: tail.length, ambiguous: false };
}
function scaledValue(plain, scale) {
  const exp = Math.log10(scale);
  return Number.isInteger(exp) ? Number(`${plain}e${exp}`) : Number(plain) * scale;
}
var GAP_AFTER = new RegExp(`${GAP_CLASS}{0,2}`, "uy");
function gapEnd(text, pos) {
  GAP_AFTER.lastIndex = pos;
  const m = GAP_AFTER.exec(text);
  return pos + (m ? m[0].length : 0);
}
function scaleAfter(text, numStart, end, r) {
  const at = gapEnd(text, end);
  const m = r.scales.at(text, at);
  if (!m)
    return void 0;
  const spec = m.spec;
  if (typeof spec !== "string") {
    if (spec.gluedOnly && at !== end)
      return void 0;
    if (spec.afterCurrency && !r.currencyBefore.endingAt(text, numStart))
      return void 0;
  }
  return { end: m.end, value: m.data, word: m.text };
}
function masked(m, start, end) {
  while (m.idx < m.spans.length && (m.spans[m.idx]?.end ?? 0) <= start)
    m.idx++;
  const s = m.spans[m.idx];
  return s !== void 0 && s.start < end;
}
var MAX_DIGITS = 21;
var plainOf = /* @__PURE__ */ new WeakMap();
function scanDigits(text, r, masks) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const tok = readDigitToken(text, i, r);
    i = tok.end;
    const m = readDigitNumber(text, tok, r);
    if (m && !masked(masks, tok.start, tok.end))
      out.push(m);
  }
  return out;
}
function readDigitNumber(text, tok, r) {
  const { start, end } = tok;
  if (tok.groups.join("").length > MAX_DIGITS)
    return void 0;
  const prev = text.charAt(start - 1);
  if (isLetterAt(text, start - 1)) {
    const cur = r.currencyBefore.endingAt(text, start);
    if (!cur || cur.end !== start)
      return void 0;
  }
  if ((prev === "-" || prev === "\u2010" || prev === "/") && isLetterAt(text, start - 2))
    return void 0;
  if (prev === "/" && isDigitAt(text, start - 2))
    return void 0;
  const next = text.charAt(end);
  if (next === "/" && isDigitAt(text, end + 1))
    return void 0;
  let scale = scaleAfter(text, start, end, r);
  if (isLetterAt(text, end) && (!scale || scale.end === end))
    return void 0;
  if ((next === "-" || next === "\u2010") && isLetterAt(text, end + 1))
    return void 0;
  const parsed = parseDigitGroups(tok.groups, tok.seps, r);
  if (!parsed)
    return void 0;
  let ordinal = false;
  if (r.ordinalDot && tok.seps.length === 0 && !scale && next === "." && tok.groups[0].length <= 3) {
    const after = text.charAt(end + 1);
    if (isSpaceChar(after) && (isLetterAt(text, end + 2) || isDigitAt(text, end + 2)))
      ordinal = true;
  }
  const factor = scale?.value ?? 1;
  const value = scaledValue(parsed.plain, factor);
  if (!Number.isFinite(value))
    return void 0;
  const spanEnd = scale ? scale.end : end;
  const signAt = r.negative.has(prev) && (start === 1 || /[\s([]/u.test(text.charAt(start - 2))) ? start - 1 : void 0;
  const head = tok.groups[0] ?? "";
  const isYearLike = tok.seps.length === 0 && !scale && head.length === 4 && Number(head) >= 1900 && Number(head) <= 2100;
  const mention = {
    span: { start, end: spanEnd },
    numberSpan: { start, end },
    value,
    decimals: parsed.decimals,
    scale: factor,
    raw: text.slice(start, spanEnd),
    form: "digits",
    isYearLike
  };
  if (scale)
    mention.scaleWord = scale.word;
  if (ordinal)
    mention.ordinal = true;
  if (parsed.ambiguous)
    mention.ambiguous = true;
  if (signAt !== void 0)
    mention.signAt = signAt;
  plainOf.set(mention, parsed.plain);
  return mention;
}
function joinedAsRange(text, a, b, r) {
  let bStart = b.span.start;
  const cur = r.currencyBefore.endingAt(text, bStart);
  if (cur && cur.start >= a.span.end)
    bStart = cur.start;
  const between = text.slice(a.span.end, bStart);
  const trimmed = between.trim();
  if (between.length <= 5 && trimmed.length === 1 && r.rangeJoiners.has(trimmed)) {
    return !(between.startsWith(trimmed) === false && between.endsWith(trimmed) && b.signAt === b.span.start - 1);
  }
  if (between.length > 20 || !/^[\s\u00A0]/u.test(between) || !/[\s\u00A0]$/u.test(between))
    return false;
  const word = r.rangeWords.at(text, gapEnd(text, a.span.end));
  if (!word || gapEnd(text, word.end) !== bStart)
    return false;
  const aCur = r.currencyBefore.endingAt(text, a.span.start);
  return !r.changeFrom.endingAt(text, aCur ? aCur.start : a.span.start);
}
function linkRanges(text, list, r) {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.range || a.ordinal || b.ordinal)
      continue;
    if (!joinedAsRange(text, a, b, r))
      continue;
    const aPlain = Number(plainOf.get(a) ?? a.value);
    const bPlain = Number(plainOf.get(b) ?? b.value);
    const ascending = a.scaleWord || !b.scaleWord ? a.value < b.value : aPlain < bPlain;
    if (!ascending)
      continue;
    a.range = { role: "from", partner: { ...b.span } };
    b.range = { role: "to", partner: { ...a.span } };
    if (b.signAt === b.span.start - 1)
      delete b.signAt;
    if (!a.scaleWord && b.scaleWord && b.scale > 1) {
      const plain = plainOf.get(a);
      if (plain !== void 0)
        a.value = scaledValue(plain, b.scale);
      a.scale = b.scale;
      a.scaleWord = b.scaleWord;
    }
  }
  return list.map((m) => {
    const { signAt, ...rest } = m;
    if (signAt === void 0)
      return rest;
    return {
      ...rest,
      value: -rest.value,
      span: { start: signAt, end: rest.span.end },
      raw: text.slice(signAt, rest.span.end),
      isYearLike: false
    };
  });
}
function toToken(m) {
  const alone = typeof m.spec === "string" || m.spec.alone !== false;
  return { start: m.start, end: m.end, text: m.text, kind: m.data.kind, value: m.data.value, alone };
}
var LETTER_RUN = new RegExp("\\p{L}+", "gu");
function compoundTokens(text, morphemes) {
  const out = [];
  LETTER_RUN.lastIndex = 0;
  let m;
  while ((m = LETTER_RUN.exec(text)) !== null) {
    if (m[0].length < 4 || m[0].length > 60)
      continue;
    const end = m.index + m[0].length;
    const parts = [];
    let pos = m.index;
    while (pos < end && parts.length <= 8) {
      const hit = morphemes.at(text, pos);
      if (!hit || hit.end > end)
        break;
      parts.push(toToken(hit));
      pos = hit.end;
    }
    if (pos === end && parts.length >= 2)
      out.push(...parts.map((p) => ({ ...p, alone: true })));
  }
  return out;
}
function adjacent(text, a, b) {
  if (a.end === b.start)
    return true;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && (/^[\s\u00A0\u2009\u202F]+$/u.test(gap) || gap === "-" || gap === "\u2010");
}
function digitCount(v) {
  return Math.floor(Math.log10(v)) + 1;
}
function fits(seg, last2, v) {
  if (!Number.isInteger(v) || v <= 0 || v >= last2)
    return false;
  return seg % 10 ** digitCount(v) === 0;
}
function readWordNumber(text, toks, i) {
  let total = 0;
  let seg = 0;
  let last2 = 0;
  let lastKind = "";
  let lastScale = Infinity;
  let maxScale = 1;
  let scaleWord;
  let used = 0;
  let aloneOk = false;
  let joined = false;
  let done = false;
  let k = i;
  for (; k < toks.length && !done; k++) {
    const t = toks[k];
    if (k > i && !adjacent(text, toks[k - 1], t))
      break;
    if (t.kind === "join") {
      const nx = toks[k + 1];
      const nx2 = toks[k + 2];
      if (lastKind === "" || !nx || !adjacent(text, t, nx))
        break;
      if (nx.kind === "add" && nx.value === 1 && nx2?.kind === "fraction" && adjacent(text, nx, nx2)) {
        seg += nx2.value;
        used += 2;
        k += 2;
        done = true;
        continue;
      }
      const afterBig = (lastKind === "mul" || lastKind === "scale") && nx.kind === "add";
      const inverted = lastKind === "add" && last2 < 10 && nx.kind === "add" && nx.value >= 20 && nx.value < 100 && nx.value % 10 === 0;
      if (!afterBig && !inverted)
        break;
      joined = true;
      continue;
    }
    if (lastKind === "fraction")
      break;
    let ok = true;
    switch (t.kind) {
      case "add":
        if (lastKind === "" || lastKind === "scale") {
          seg = t.value;
          last2 = t.value;
        } else if (joined && lastKind === "add") {
          seg += t.value;
          last2 += t.value;
        } else if ((lastKind === "add" || lastKind === "plus" || lastKind === "mul") && (joined || fits(seg, last2, t.value))) {
          seg += t.value;
          last2 = t.value;
        } else
          ok = false;
        break;
      case "mul":
        if (lastKind === "" || lastKind === "scale" && seg === 0) {
          seg = t.value;
          last2 = t.value;
        } else if ((lastKind === "add" || lastKind === "plus") && last2 < t.value) {
          seg = seg - last2 + last2 * t.value;
          last2 = last2 * t.value;
        } else
          ok = false;
        break;
      case "plus":
        if (lastKind === "" || lastKind === "scale") {
          seg = t.value;
          last2 = t.value;
        } else if (lastKind === "add" || lastKind === "mul") {
          seg += t.value;
          last2 += t.value;
        } else
          ok = false;
        break;
      case "fraction":
        if (lastKind === "")
          seg = t.value;
        else if (lastKind === "add" || lastKind === "plus" || lastKind === "mul")
          seg *= t.value;
        else
          ok = false;
        break;
      case "scale":
        if (t.value >= lastScale || lastKind !== "" && seg === 0)
          ok = false;
        else {
          total += (lastKind === "" ? 1 : seg) * t.value;
          seg = 0;
          last2 = 0;
          lastScale = t.value;
          if (t.value > maxScale) {
            maxScale = t.value;
            scaleWord = t.text;
          }
        }
        break;
    }
    if (!ok)
      break;
    if (used === 0)
      aloneOk = t.alone;
    lastKind = t.kind;
    joined = false;
    used++;
  }
  const first = toks[i];
  const lastTok = toks[Math.max(i, k - 1)];
  const next = Math.max(k, i + 1);
  if (used === 0 || used === 1 && !aloneOk)
    return { next, mention: void 0 };
  const value = total + seg;
  if (!(value > 0) || !Number.isFinite(value))
    return { next, mention: void 0 };
  const unscaled = value / maxScale;
  const decimals = Number.isInteger(unscaled) ? 0 : Number.isInteger(Math.round(unscaled * 1e9) / 1e8) ? 1 : Number.isInteger(Math.round(unscaled * 1e9) / 1e7) ? 2 : 0;
  const span = { start: first.start, end: lastTok.end };
  const mention = {
    span,
    numberSpan: { ...span },
    value,
    decimals,
    scale: maxScale,
    raw: text.slice(span.start, span.end),
    form: "words",
    isYearLike: false
  };
  if (scaleWord)
    mention.scaleWord = scaleWord;
  return { next, mention };
}
function scanWords(text, r) {
  let toks = r.words.all(text).map(toToken);
  if (r.morphemes) {
    const compounds = compoundTokens(text, r.morphemes);
    if (compounds.length) {
      toks = [...toks, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end);
      const kept = [];
      for (const t of toks)
        if (!kept.length || t.start >= kept[kept.length - 1].end)
          kept.push(t);
      toks = kept;
    }
  }
  const out = [];
  let i = 0;
  while (i < toks.length) {
    const { next, mention } = readWordNumber(text, toks, i);
    if (mention)
      out.push(mention);
    i = next;
  }
  return out;
}
function findNumbers(text, lang) {
  const r = numberRules(lang);
  if (!r)
    return [];
  const masks = { spans: dateAndTimeMasks(text, lang), idx: 0 };
  const digits = linkRanges(text, scanDigits(text, r, masks), r);
  const words2 = scanWords(text, r);
  const wordMasks = { spans: [...digits.map((d) => d.span), ...masks.spans].sort((a, b) => a.start - b.start), idx: 0 };
  const keptWords = words2.filter((w) => !masked(wordMasks, w.span.start, w.span.end));
  return [...digits, ...keptWords].sort((a, b) => a.span.start - b.span.start);
}

// dist/language/quantities.js
var cache4 = /* @__PURE__ */ new Map();
function quantityRules(lang) {
  const code = lang.toLowerCase();
  if (cache4.has(code))
    return cache4.get(code);
  const pack = numbersPack(code);
  const nr = numberRules(code);
  let rules;
  if (pack && nr) {
    const currencies = pack.units.filter((u) => u.currency);
    rules = {
      before: nr.currencyBefore,
      // A unit may touch the number ("13,6%", "5USD"), so only a letter before it is a boundary.
      after: new Lexicon(pack.units.flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: { unit: u.unit, currency: u.currency === true } }))), { lead: "letter", trail: "word" }),
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
      currencyAny: new Lexicon(currencies.flatMap((u) => [...u.before ?? [], ...u.after ?? []].map((spec) => ({ spec, data: u.unit }))))
    };
  }
  cache4.set(code, rules);
  return rules;
}
var GAP = new RegExp(`${GAP_CLASS}{0,2}`, "uy");
function skipGap(text, pos) {
  GAP.lastIndex = pos;
  const m = GAP.exec(text);
  return pos + (m ? m[0].length : 0);
}
function rateTail(text, end, r) {
  const marker = r.rateMarkers.at(text, skipGap(text, end));
  if (!marker || marker.start === end)
    return void 0;
  let at = skipGap(text, marker.end);
  if (at === marker.end)
    return void 0;
  const one = /^(?:1|one|один|einen|satu)[\s\u00A0]{1,2}/iu.exec(text.slice(at, at + 10));
  if (one)
    at += one[0].length;
  const cur = r.currencyAny.at(text, at);
  return cur ? { end: cur.end, per: cur.data } : void 0;
}
var SENTENCE_END = /[.!?;:\n]\s/gu;
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
function hedgeBefore(text, start, r) {
  let at = start;
  for (let i = 0; i < 3; i++) {
    const h = r.hedges.endingAt(text, at);
    if (h)
      return h;
    const f = r.fillers.endingAt(text, at);
    if (!f)
      return void 0;
    at = f.start;
  }
  return void 0;
}
function findQuantities(text, lang) {
  const r = quantityRules(lang);
  if (!r)
    return [];
  const nums = findNumbers(text, lang);
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (n.ordinal || n.range?.role === "to")
      continue;
    const to = n.range?.role === "from" ? nums[i + 1] : void 0;
    const last2 = to ?? n;
    let start = n.span.start;
    let end = last2.span.end;
    let unit;
    let unitSpan;
    const pre = r.before.endingAt(text, start);
    if (pre && text.slice(pre.end, start).length <= 1) {
      unit = pre.data;
      unitSpan = { start: pre.start, end: pre.end };
      start = pre.start;
    }
    const post = r.after.at(text, skipGap(text, end));
    if (post && (unit === void 0 || post.data.unit === unit)) {
      unit = post.data.unit;
      if (!unitSpan)
        unitSpan = { start: post.start, end: post.end };
      end = post.end;
    }
    if (unit === void 0 && n.isYearLike && (!to || to.isYearLike))
      continue;
    let rate = false;
    let per;
    const tail = unit === "%" || unit === "pp" ? void 0 : rateTail(text, end, r);
    if (tail && tail.per !== unit) {
      rate = true;
      per = tail.per;
      end = tail.end;
    } else if (unit !== void 0 && unit !== "%" && unit !== "pp" && hasRateCue(text, start, r)) {
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
      number: n
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

// dist/language/periods.js
var cache5 = /* @__PURE__ */ new Map();
function periodRules(lang) {
  const code = lang.toLowerCase();
  if (cache5.has(code))
    return cache5.get(code);
  const pack = loadPack(code, "periods");
  let rules;
  if (pack) {
    const byForm = /* @__PURE__ */ new Map();
    const add = (forms, role, n = 0) => {
      for (const form of forms ?? []) {
        const key = form.toLowerCase();
        const entry = byForm.get(key) ?? { form, roles: [] };
        entry.roles.push({ role, n });
        byForm.set(key, entry);
      }
    };
    add(pack.leads, "lead");
    add(pack.yearBefore, "yearBefore");
    add(pack.yearAfter, "yearAfter");
    add(pack.links, "link");
    add(pack.rangeJoiners, "joiner");
    for (const r of pack.relativeYears)
      add(r.forms, "relative", r.offset);
    for (const h of pack.halves)
      add(h.forms, "half", h.n);
    for (const q of pack.quarters)
      add(q.forms, "quarter", q.n);
    for (const s of pack.monthSpans ?? [])
      add(s.forms, "monthSpan", s.n);
    calendarPack(code)?.months.forEach((forms, i) => add(forms, "month", i + 1));
    rules = {
      // Year words may touch the year ("2024г."), so only a letter before a form is a boundary.
      words: new Lexicon([...byForm.values()].map((e) => ({ spec: e.form, data: e.roles })), { lead: "letter", trail: "word" }),
      monthsCapitalized: pack.monthsCapitalized === true
    };
  }
  cache5.set(code, rules);
  return rules;
}
var YEAR2 = new RegExp("(?<![\\p{L}\\p{N}]|\\p{N}[.,])\\d{4}(?![\\p{N}]|[.,]\\p{N})", "gu");
function tokens(text, lang, r) {
  const masks = findDates(text, lang).filter((d) => d.kind === "date").map((d) => d.span);
  const words2 = r.words.all(text);
  const toks = words2.map((m) => ({ start: m.start, end: m.end, text: m.text, roles: m.data }));
  YEAR2.lastIndex = 0;
  for (let m = YEAR2.exec(text); m; m = YEAR2.exec(text)) {
    toks.push({ start: m.index, end: m.index + 4, text: m[0], roles: [], year: Number(m[0]) });
  }
  toks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let mi = 0;
  for (const t of toks) {
    if (out.length && t.start < out[out.length - 1].end)
      continue;
    while (mi < masks.length && masks[mi].end <= t.start)
      mi++;
    const mask = masks[mi];
    if (mask && mask.start < t.end)
      continue;
    if (r.monthsCapitalized && t.roles.some((v) => v.role === "month") && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) {
      t.roles = t.roles.filter((v) => v.role !== "month");
      if (!t.roles.length)
        continue;
    }
    out.push(t);
  }
  return out;
}
function has(t, role) {
  return t?.roles.find((v) => v.role === role);
}
var Grammar = class {
  text;
  toks;
  articleYear;
  constructor(text, toks, articleYear) {
    this.text = text;
    this.toks = toks;
    this.articleYear = articleYear;
  }
  /** Tokens i and i+1 touch or stand apart by at most three spaces. */
  adj(i) {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b)
      return false;
    const gap = this.text.slice(a.end, b.start);
    return gap.length <= 3 && /^[\s\u00A0\u2009\u202F]*$/u.test(gap);
  }
  /** A year at token i: relative words, or [year-before] YYYY [year-after]. */
  yearRef(i, lead) {
    const t = this.toks[i];
    if (!t)
      return void 0;
    const rel = has(t, "relative");
    if (rel) {
      if (this.articleYear === void 0)
        return void 0;
      return { next: i + 1, year: this.articleYear + rel.n, relative: true, worded: true };
    }
    let k = i;
    let worded = lead;
    if (has(t, "yearBefore") && this.adj(k)) {
      k++;
      worded = true;
    }
    const y = this.toks[k];
    if (y?.year === void 0 || k > i && !this.adj(k - 1))
      return void 0;
    k++;
    if (has(this.toks[k], "yearAfter") && this.adj(k - 1)) {
      k++;
      worded = true;
    }
    const lo = worded ? 1e3 : 1900;
    const hi = worded ? 2999 : 2100;
    if (y.year < lo || y.year > hi)
      return void 0;
    return { next: k, year: y.year, relative: false, worded };
  }
  /** An optional link word, then a year-ref. */
  linkedYear(i) {
    if (has(this.toks[i], "link") && this.adj(i - 1) && this.adj(i)) {
      const y = this.yearRef(i + 1, true);
      if (y)
        return y;
    }
    if (!this.adj(i - 1))
      return void 0;
    return this.yearRef(i, true);
  }
  fallbackYear() {
    return this.articleYear === void 0 ? void 0 : { next: -1, year: this.articleYear, relative: true, worded: true };
  }
  /** A period starting at token i (after any lead). */
  core(i, lead) {
    const t = this.toks[i];
    if (!t)
      return void 0;
    const part = has(t, "half") ?? has(t, "quarter") ?? has(t, "monthSpan");
    if (part) {
      const y2 = this.linkedYear(i + 1) ?? this.fallbackYear();
      if (!y2)
        return void 0;
      const next = y2.next < 0 ? i + 1 : y2.next;
      const period = part.role === "half" ? `${y2.year}-H${part.n}` : part.role === "quarter" ? `${y2.year}-Q${part.n}` : `${y2.year}-01..${y2.year}-${pad(part.n)}`;
      return { next, period, relative: y2.relative };
    }
    const month = has(t, "month");
    if (month) {
      let k = i + 1;
      const y1 = this.adj(i) ? this.yearRef(k, true) : void 0;
      if (y1 && !y1.relative)
        k = y1.next;
      const joiner = has(this.toks[k], "joiner") && this.adj(k - 1) && this.adj(k);
      const month2 = joiner ? has(this.toks[k + 1], "month") : void 0;
      if (month2) {
        const y1Explicit = y1 && !y1.relative ? y1 : void 0;
        const y22 = this.linkedYear(k + 2);
        let startYear;
        let endYear;
        let relative;
        if (y22) {
          endYear = y22.year;
          startYear = y1Explicit ? y1Explicit.year : month.n > month2.n ? endYear - 1 : endYear;
          relative = y22.relative && !y1Explicit;
        } else if (y1Explicit) {
          startYear = y1Explicit.year;
          endYear = month2.n >= month.n ? startYear : startYear + 1;
          relative = false;
        } else if (this.articleYear !== void 0) {
          endYear = this.articleYear;
          startYear = month.n > month2.n ? endYear - 1 : endYear;
          relative = true;
        } else
          return void 0;
        return { next: y22 ? y22.next : k + 2, period: `${startYear}-${pad(month.n)}..${endYear}-${pad(month2.n)}`, relative };
      }
      const y2 = y1 ?? this.linkedYear(i + 1);
      if (y2)
        return { next: y2.next, period: `${y2.year}-${pad(month.n)}`, relative: y2.relative };
      if (lead && this.articleYear !== void 0) {
        return { next: i + 1, period: `${this.articleYear}-${pad(month.n)}`, relative: true };
      }
      return void 0;
    }
    const y = this.yearRef(i, lead);
    if (!y)
      return void 0;
    if (!y.relative && has(this.toks[y.next], "joiner") && this.adj(y.next - 1) && this.adj(y.next)) {
      const y2 = this.yearRef(y.next + 1, true);
      if (y2 && !y2.relative && y2.year > y.year) {
        return { next: y2.next, period: `${y.year}-01..${y2.year}-12`, relative: false };
      }
    }
    return { next: y.next, period: String(y.year), relative: y.relative };
  }
  at(i) {
    const t = this.toks[i];
    const attempts = has(t, "lead") && this.adj(i) ? [[i + 1, true], [i, false]] : [[i, false]];
    for (const [from, lead] of attempts) {
      const r = this.core(from, lead);
      if (!r)
        continue;
      const last2 = this.toks[r.next - 1];
      return { next: r.next, mention: { span: { start: t.start, end: last2.end }, period: r.period, relative: r.relative } };
    }
    return void 0;
  }
};
function pad(n) {
  return String(n).padStart(2, "0");
}
function findPeriods(text, lang, articleDate) {
  const r = periodRules(lang);
  if (!r)
    return [];
  const toks = tokens(text, lang, r);
  const g = new Grammar(text, toks, yearOf(articleDate));
  const out = [];
  let i = 0;
  while (i < toks.length) {
    const hit = g.at(i);
    if (hit) {
      out.push(hit.mention);
      i = Math.max(hit.next, i + 1);
    } else
      i++;
  }
  return out;
}

// dist/checks/metric.js
function entitiesOf(s) {
  return [...asList(s.subject), ...asList(s.of)];
}
function consistent(s, claim2, index) {
  const es = entitiesOf(s);
  if (claim2.named.some((n) => !es.includes(n)))
    return false;
  const missing = es.filter((e) => !claim2.named.includes(e));
  if (missing.some((e) => !claim2.context.includes(e)))
    return false;
  const namedCountries = claim2.named.filter((n) => index.entity(n)?.type === "country");
  const pair = asList(s.subject).length > 1;
  if (pair && namedCountries.length === 1 && missing.length > 0 && !claim2.bilateral)
    return false;
  return true;
}
function within(claim2, value, tolerance) {
  const tol = Math.max(tolerance ?? 0, claim2.approx ? 0.05 : 0);
  const allowed = Math.max(tol * Math.abs(value), claim2.halfUnit);
  if (claim2.bound === "lower")
    return value >= claim2.value - allowed;
  if (claim2.bound === "upper")
    return value <= claim2.value + allowed;
  return Math.abs(claim2.value - value) <= allowed + 1e-9 * Math.abs(value);
}
function formatValue(value, unit) {
  const abs = Math.abs(value);
  const scaled = abs >= 1e12 ? `${round(value / 1e12)} trillion` : abs >= 1e9 ? `${round(value / 1e9)} billion` : abs >= 1e6 ? `${round(value / 1e6)} million` : `${round(value)}`;
  if (unit === "%")
    return `${scaled} %`;
  return unit ? `${scaled} ${unit}` : scaled;
}
function round(v) {
  return String(Math.round(v * 1e3) / 1e3);
}
function tolText(s) {
  return s.tolerance ? ` (\xB1${Math.round(s.tolerance * 1e3) / 10} %)` : "";
}
function checkMetricClaim(claim2, index, text) {
  const all = index.statementsOf(claim2.property).filter((s) => consistent(s, claim2, index));
  const unitOk = (s) => s.unit === void 0 || claim2.unit === void 0 || s.unit === claim2.unit;
  const candidates = all.filter(unitOk);
  const subjects = candidates[0] ? entitiesOf(candidates[0]) : index.statementsOf(claim2.property).length ? claim2.named : claim2.namedByName;
  const record = () => ({
    record: {
      key: `${claim2.property}|${claim2.period}|${claim2.unit ?? ""}`,
      property: claim2.property,
      subjects: [...new Set(subjects)].sort(),
      value: claim2.value,
      unit: claim2.unit,
      halfUnit: claim2.halfUnit,
      approx: claim2.approx,
      bound: claim2.bound,
      text: text.slice(claim2.span.start, claim2.span.end)
    }
  });
  if (!claim2.period)
    return {};
  const samePeriod = candidates.filter((s) => s.period === claim2.period);
  if (samePeriod.length === 0)
    return candidates.length === 0 || !candidates.some((s) => s.period) ? record() : record();
  const live = samePeriod.filter((s) => s.rank !== "deprecated");
  if (live.some((s) => within(claim2, s.value ?? NaN, s.tolerance)))
    return {};
  const rule = claim2.propertyKind === "share" ? "share-value" : "metric-value";
  const prop = index.property(claim2.property);
  const what = prop?.names?.en?.[0] ?? claim2.property;
  const ref = candidates[0];
  const names = (ids) => ids.map((id) => displayName(index, id, "en")).join("\u2013");
  const who = ref && ref.of !== void 0 ? `${names(asList(ref.subject))} in ${names(asList(ref.of))}` : names(subjects);
  const deprecated = samePeriod.find((s) => s.rank === "deprecated" && within(claim2, s.value ?? NaN, s.tolerance));
  const best = live.reduce((a, s) => !a || Math.abs((s.value ?? 0) - claim2.value) < Math.abs((a.value ?? 0) - claim2.value) ? s : a, void 0);
  const said = `${claim2.bound === "lower" ? "more than " : claim2.bound === "upper" ? "less than " : claim2.approx ? "about " : ""}${formatValue(claim2.value, claim2.unit)}`;
  let message;
  if (deprecated && !best)
    message = `${what} (${who}, ${claim2.period}): ${said} is a value the fact set marks as wrong`;
  else if (best)
    message = `${what} (${who}, ${claim2.period}): the article says ${said}, the fact set ${formatValue(best.value ?? NaN, best.unit ?? claim2.unit)}${tolText(best)}`;
  else
    return {};
  const other = candidates.find((s) => s.period && s.period !== claim2.period && s.rank !== "deprecated" && within({ ...claim2, approx: false }, s.value ?? NaN, s.tolerance));
  if (other)
    message += `; ${formatValue(other.value ?? NaN, other.unit ?? claim2.unit)} is the value for ${other.period}`;
  if (deprecated && best)
    message += "; the value is one the fact set marks as wrong";
  return {
    finding: {
      ruleId: rule,
      span: claim2.span,
      message,
      actual: `${said} (${claim2.period})`,
      expected: best ? `${formatValue(best.value ?? NaN, best.unit ?? claim2.unit)}${tolText(best)} (${best.period})` : "another value",
      ...best ?? deprecated ? { fact: best ?? deprecated } : {}
    }
  };
}

// dist/extract/grammar.js
var EMPTY = {
  inflection: { tails: ["s"], minStem: 3 },
  nameJoiners: [],
  possessive: [],
  and: [],
  listSeparators: [","],
  articles: [],
  qualifiers: { former: [], then: [], acting: [], future: [] },
  predicateCues: []
};
function grammarOf(lang) {
  return loadPack(lang, "grammar") ?? EMPTY;
}
var inflections = /* @__PURE__ */ new Map();
function inflectionOf(lang) {
  let inf = inflections.get(lang);
  if (inf)
    return inf;
  const rule = grammarOf(lang).inflection;
  const minStem = rule.minStem ?? 3;
  const strip = [...rule.stripEndings ?? []].sort((a, b) => b.length - a.length);
  const tails = new Set((rule.tails ?? []).map((t) => t.replace(/’/g, "'").toLowerCase()));
  const chars = rule.tailChars ? new Set(rule.tailChars) : void 0;
  const maxTail = Math.max(rule.maxTail ?? 0, ...[...tails].map((t) => t.length), 0);
  inf = {
    stem(word) {
      for (const e of strip)
        if (word.endsWith(e) && word.length - e.length >= minStem)
          return word.slice(0, -e.length);
      return word;
    },
    allows(tail) {
      if (tail === "")
        return true;
      if (tails.has(tail))
        return true;
      if (chars && tail.length <= (rule.maxTail ?? 0)) {
        for (const c of tail)
          if (!chars.has(c))
            return false;
        return true;
      }
      return false;
    },
    maxTail
  };
  inflections.set(lang, inf);
  return inf;
}

// dist/extract/tokens.js
var WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
function foldWord(word) {
  let w = word.toLowerCase();
  if (w.includes("\u0451"))
    w = w.replace(/ё/g, "\u0435");
  if (w.includes("\u2019"))
    w = w.replace(/’/g, "'");
  return w;
}
function tokenize(text, span = { start: 0, end: text.length }) {
  const out = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = span.start + m.index;
    const key = foldWord(m[0]);
    out.push({ start, end: start + m[0].length, text: m[0], key, head: key.length > 3 ? key.slice(0, 3) : key });
  }
  return out;
}
function onlySpaceBetween(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 160 || c === 8239 || c === 8201 || c === 8199))
      return false;
  }
  return true;
}

// dist/extract/metric-claims.js
var ENTITY_TYPES = /* @__PURE__ */ new Set(["country", "currency", "organization"]);
var cueCache = /* @__PURE__ */ new Map();
function cues(lang) {
  let c = cueCache.get(lang);
  if (!c) {
    const g = grammarOf(lang);
    c = {
      change: new Set((g.changeCues ?? []).map(foldWord)),
      bilateral: (g.bilateralCues ?? []).map((p) => foldWord(p).split(/\s+/u)),
      target: new Set((g.targetCues ?? []).map(foldWord)),
      partner: new Set((g.partnerWords ?? []).map(foldWord)),
      otherWholes: new Set((g.otherWholes ?? []).map(foldWord)),
      changeAfter: new Set((g.changeAfter ?? []).map(foldWord))
    };
    cueCache.set(lang, c);
  }
  return c;
}
function tokenIndexAt(tokens2, offset) {
  let lo = 0;
  let hi = tokens2.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens2[mid].end <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function distance(a, b) {
  if (a.end <= b.start)
    return b.start - a.end;
  if (b.end <= a.start)
    return a.start - b.end;
  return 0;
}
function inside(s, outer) {
  return s.start >= outer.start && s.end <= outer.end;
}
function extractMetricClaims(ctx) {
  if (ctx.properties.length === 0 || ctx.quantities.length === 0)
    return [];
  const c = cues(ctx.lang);
  const keys = ctx.tokens.map((t) => t.key);
  const bilateral = c.bilateral.some((ph) => keys.some((_, i) => ph.every((w, j) => keys[i + j] === w)));
  const subjectMentions = ctx.mentions.filter((m) => ENTITY_TYPES.has(m.entityType) && !ctx.properties.some((p) => inside(m.span, p.span)) && !ctx.quantities.some((q) => inside(m.span, q.span)));
  const named = [...new Set(subjectMentions.map((m) => m.entityId))];
  const namedByName = [...new Set(subjectMentions.filter((m) => m.form === "name").map((m) => m.entityId))];
  const countriesNamed = subjectMentions.filter((m) => m.entityType === "country").length;
  const unknownPartner = countriesNamed < 2 && ctx.tokens.some((t, i) => {
    const next = ctx.tokens[i + 1];
    if (!c.partner.has(t.key) || !next || !new RegExp("^\\p{Lu}", "u").test(next.text))
      return false;
    return !ctx.mentions.some((m) => m.tokenStart <= i + 1 && m.tokenEnd > i + 1);
  });
  if (unknownPartner)
    return [];
  const out = [];
  const used = /* @__PURE__ */ new Set();
  const kinds = (p) => ctx.property(p.entityId)?.kind;
  const figures = ctx.quantities.filter((q) => {
    if (q.rate || q.unit === "pp")
      return false;
    const qi0 = tokenIndexAt(ctx.tokens, q.span.start);
    const qEnd = tokenIndexAt(ctx.tokens, q.span.end);
    if (keys.slice(Math.max(0, qi0 - 8), Math.min(keys.length, qEnd + 3)).some((k) => c.target.has(k)))
      return false;
    if (q.unit !== "%")
      return true;
    const stop = ctx.text.slice(q.span.end, ctx.sentence.end).search(/[,;:.!?()]/u);
    const limit = stop < 0 ? ctx.sentence.end : q.span.end + stop;
    for (let i = qEnd; i < Math.min(ctx.tokens.length, qEnd + 5) && ctx.tokens[i].start < limit; i++) {
      const t = ctx.tokens[i];
      if (c.otherWholes.has(t.key) && !ctx.properties.some((p) => p.span.start <= t.start && p.span.end >= t.end))
        return false;
    }
    return true;
  });
  const percents = figures.filter((q) => q.unit === "%");
  const shareOf = /* @__PURE__ */ new Map();
  const changeAt = /* @__PURE__ */ new Map();
  for (const [kind, into] of [["share", shareOf], ["change", changeAt]]) {
    for (const p of ctx.properties.filter((m) => kinds(m) === kind)) {
      const q = nearest(percents.filter((x) => !shareOf.has(x) && !changeAt.has(x)), p.span);
      if (q)
        into.set(q, p);
    }
  }
  for (const q of figures) {
    let chosen;
    if (q.unit === "%") {
      const share = shareOf.get(q);
      if (share) {
        chosen = { prop: ctx.property(share.entityId), near: share.span };
        used.add(share);
      } else {
        const change = changeAt.get(q);
        const base = nearest(ctx.properties.filter((p) => kinds(p) === "quantity"), q.span);
        const qi = tokenIndexAt(ctx.tokens, q.span.start);
        const cueBefore = c.change.has(keys[qi - 1] ?? "") || c.change.has(keys[qi - 2] ?? "") || c.changeAfter.has(keys[tokenIndexAt(ctx.tokens, q.span.end)] ?? "");
        if (change && base && ctx.property(change.entityId)?.of === base.entityId && !used.has(change)) {
          chosen = { prop: ctx.property(change.entityId), near: cover(change.span, base.span) };
          used.add(change);
        } else if (base && cueBefore && !used.has(base)) {
          const ch = ctx.changeOf(base.entityId);
          if (ch) {
            chosen = { prop: ch, near: base.span };
            used.add(base);
          }
        }
      }
    } else if (q.unit !== void 0) {
      const base = nearest(ctx.properties.filter((p) => kinds(p) === "quantity" && ctx.property(p.entityId)?.unit === q.unit), q.span);
      if (base)
        chosen = { prop: ctx.property(base.entityId), near: base.span };
    } else {
      const after = ctx.properties.find((p) => {
        const prop = ctx.property(p.entityId);
        return prop?.kind === "quantity" && prop.unit !== void 0 && !/^[A-Z]{3}$/.test(prop.unit) && prop.unit !== "%" && p.span.start >= q.span.end && p.span.start - q.span.end <= 2;
      });
      if (after)
        chosen = { prop: ctx.property(after.entityId), near: after.span };
    }
    if (!chosen)
      continue;
    const kind = chosen.prop.kind;
    const period = nearestPeriod(ctx.periods, q.span);
    const year = ctx.date?.slice(0, 4);
    out.push({
      kind: "metric",
      property: chosen.prop.id,
      propertyKind: kind,
      named,
      namedByName,
      context: ctx.context,
      bilateral,
      value: q.value,
      unit: q.unit,
      halfUnit: 0.5 * q.scale * 10 ** -q.decimals,
      approx: q.approx,
      bound: q.bound ?? (q.direction === "atLeast" ? "lower" : void 0),
      period: period?.period ?? year,
      periodExplicit: period !== void 0,
      span: q.span,
      sentence: ctx.sentence,
      lang: ctx.lang
    });
  }
  return out;
}
function cover(a, b) {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
function nearest(items, to) {
  let best;
  let bestD = Infinity;
  for (const it of items) {
    const d = distance(it.span, to);
    if (d < bestD) {
      best = it;
      bestD = d;
    }
  }
  return best;
}
function nearestPeriod(periods, to) {
  let best;
  let bestD = Infinity;
  for (const p of periods) {
    const d = distance(p.span, to) + (p.span.start > to.end ? 0.5 : 0);
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

// dist/extract/heads.js
var SPLIT = /[\s\u00a0]+/u;
function headsOf(e, lang) {
  const names = e.names?.[lang] ?? [];
  const position = grammarOf(lang).headPosition ?? "first";
  const short = new Set(names.filter((n) => !SPLIT.test(n)).map((n) => n.toLowerCase()));
  const heads = /* @__PURE__ */ new Set();
  for (const name of names) {
    const words2 = name.split(SPLIT).filter(Boolean);
    if (words2.length < 2)
      continue;
    const rest = words2.filter((w) => !short.has(w.toLowerCase()));
    if (rest.length > 0 && rest.length < words2.length)
      heads.add(rest.join(" "));
    else if (rest.length === words2.length) {
      const w = position === "last" ? words2[words2.length - 1] : words2[0];
      if (new RegExp("^\\p{Ll}", "u").test(w) || lang === "de")
        heads.add(w);
    }
  }
  return [...heads];
}
function headEntities(entities, hasPlace, langs) {
  const out = [];
  for (const e of entities) {
    if (!hasPlace(e.id) || e.type === "country" || e.type === "city" || e.type === "region")
      continue;
    const names = {};
    for (const l of langs) {
      const h = headsOf(e, l);
      if (h.length)
        names[l] = h;
    }
    if (Object.keys(names).length)
      out.push({ id: e.id, type: `head:${e.type}`, names });
  }
  return out;
}

// dist/extract/place-claims.js
var PLACE_TYPES = /* @__PURE__ */ new Set(["country", "region", "city"]);
var cueCache2 = /* @__PURE__ */ new Map();
function cuesOf(lang) {
  let c = cueCache2.get(lang);
  if (!c)
    cueCache2.set(lang, c = (grammarOf(lang).placeIn ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));
  return c;
}
function extractPlaceClaims(ctx) {
  const out = [];
  const keys = ctx.tokens.map((t) => t.key);
  const articles = new Set(grammarOf(ctx.lang).articles.map(foldWord));
  const byStart = /* @__PURE__ */ new Map();
  for (const m of ctx.mentions)
    if (!byStart.has(m.tokenStart))
      byStart.set(m.tokenStart, m);
  const named = ctx.mentions.filter((m) => !PLACE_TYPES.has(m.entityType) && ctx.locatable(m.entityId));
  const heads = ctx.heads.filter((h) => !named.some((m) => m.entityId === h.entityId && m.span.start <= h.span.start && m.span.end >= h.span.end));
  const seen = /* @__PURE__ */ new Set();
  for (const x of [...named, ...heads]) {
    for (const cue of cuesOf(ctx.lang)) {
      if (!cue.every((w, i) => keys[x.tokenEnd + i] === w))
        continue;
      let j = x.tokenEnd + cue.length;
      while (j < keys.length && articles.has(keys[j]))
        j++;
      const y = byStart.get(j);
      if (y && PLACE_TYPES.has(y.entityType) && y.form === "name" && y.entityId !== x.entityId && !seen.has(`${x.entityId}\0${y.entityId}\0${y.span.start}`)) {
        seen.add(`${x.entityId}\0${y.entityId}\0${y.span.start}`);
        out.push({ kind: "place", subject: x.entityId, place: y.entityId, span: { start: x.span.start, end: y.span.end }, placeSpan: y.span, lang: ctx.lang });
      }
      break;
    }
  }
  return out;
}

// dist/extract/office-claims.js
var phraseCache = /* @__PURE__ */ new Map();
function words(phrase) {
  return foldWord(phrase).split(/[\s\-]+/u).filter(Boolean);
}
function phrasesOf(lang) {
  let p = phraseCache.get(lang);
  if (p)
    return p;
  const g = grammarOf(lang);
  const qualifiers = [];
  for (const tense of ["former", "then", "acting", "future"]) {
    for (const q of g.qualifiers[tense] ?? []) {
      const w = words(q);
      if (w.length)
        qualifiers.push({ tense, words: w });
    }
  }
  qualifiers.sort((a, b) => b.words.length - a.words.length);
  p = {
    articles: new Set(g.articles.map(foldWord)),
    joiners: g.nameJoiners.map(words).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    and: new Set([...g.and, ...g.listSeparators].map(foldWord)),
    qualifiers,
    futureSentence: (g.futureSentence ?? []).map(words).filter((w) => w.length > 0),
    predicate: g.predicateCues.map(words).filter((w) => w.length > 0),
    pluralTails: new Set(g.pluralTails ?? [])
  };
  phraseCache.set(lang, p);
  return p;
}
var isPerson = (m) => m?.entityType === "person";
var isOffice = (m) => m?.entityType === "office" && m.form === "name";
var isPlace = (m) => !!m && (m.entityType === "country" || m.entityType === "organization");
function keysBetween(ctx, from, to) {
  const out = [];
  for (let i = from; i < to; i++)
    out.push(ctx.tokens[i].key);
  return out;
}
function punctBetween(text, from, to) {
  return text.slice(from, to).replace(/[\p{L}\p{M}\p{N}\s\u00a0]+/gu, "");
}
function startsWithPhrase(keys, at, phrase) {
  for (let i = 0; i < phrase.length; i++)
    if (keys[at + i] !== phrase[i])
      return false;
  return true;
}
function onlyJoiners(keys, p) {
  let i = 0;
  outer: while (i < keys.length) {
    if (p.articles.has(keys[i])) {
      i++;
      continue;
    }
    for (const j of p.joiners) {
      if (startsWithPhrase(keys, i, j)) {
        i += j.length;
        continue outer;
      }
    }
    return false;
  }
  return true;
}
function qualifierNear(keys, before, after, p) {
  for (const q of p.qualifiers) {
    for (let gap = 0; gap <= 2; gap++) {
      const end = before - gap;
      const start = end - q.words.length;
      if (start < 0)
        break;
      if (startsWithPhrase(keys, start, q.words) && keys.slice(end, before).every((k) => p.articles.has(k)))
        return q.tense;
    }
    if (after < keys.length && startsWithPhrase(keys, after, q.words))
      return q.tense;
  }
  return void 0;
}
function hasPhrase(keys, from, to, phrases) {
  for (let i = from; i < to; i++)
    for (const ph of phrases)
      if (i + ph.length <= to && startsWithPhrase(keys, i, ph))
        return true;
  return false;
}
function officePhrase(ctx, k, p) {
  const ms = ctx.mentions;
  const office = ms[k];
  let first = k;
  let last2 = k;
  const of = [];
  const prev = ms[k - 1];
  if (isPlace(prev)) {
    const between = keysBetween(ctx, prev.tokenEnd, office.tokenStart);
    const onlyArticlesOrQualifiers = between.every((key) => p.articles.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
    const possessive = prev.form === "name" && (prev.tail === "'s" || prev.tail === "s" || /['’]s?$/.test(prev.text));
    const attributive = prev.form === "adjective" || possessive || prev.entityType === "organization" && between.length === 0 || prev.form === "name" && between.length === 0 && punctBetween(ctx.text, prev.span.end, office.span.start) !== "," && new RegExp("^\\p{Lu}+$", "u").test(prev.text);
    if (onlyArticlesOrQualifiers && attributive && punctBetween(ctx.text, prev.span.end, office.span.start).replace(/[-‐‑]/g, "") === "") {
      of.push(prev);
      first = k - 1;
      if (prev.form === "adjective") {
        for (let j = k - 2; j >= 0; j--) {
          const m = ms[j];
          if (!isPlace(m) || m.form !== "adjective")
            break;
          const sep = keysBetween(ctx, m.tokenEnd, ms[j + 1].tokenStart).filter((key) => !p.articles.has(key));
          const sepPunct = punctBetween(ctx.text, m.span.end, ms[j + 1].span.start);
          if (!(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ",")))
            break;
          of.unshift(m);
          first = j;
        }
      }
    }
  }
  if (of.length === 0) {
    let j = k + 1;
    while (ms[j] && ms[j].form === "adjective" && ms[j + 1]?.entityType === "organization")
      j++;
    const next = ms[j];
    if (isPlace(next) && next.form === "name") {
      const between = keysBetween(ctx, office.tokenEnd, ms[k + 1].tokenStart);
      const punct = punctBetween(ctx.text, office.span.end, ms[k + 1].span.start);
      if (onlyJoiners(between, p) && punct === "") {
        of.push(next);
        last2 = j;
        for (let n = j + 1; ms[n] && isPlace(ms[n]) && ms[n].form === "name"; n++) {
          const sep = keysBetween(ctx, ms[n - 1].tokenEnd, ms[n].tokenStart);
          const sepPunct = punctBetween(ctx.text, ms[n - 1].span.end, ms[n].span.start);
          if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ",")))
            break;
          of.push(ms[n]);
          last2 = n;
        }
      }
    }
  }
  return { office, of, first, last: last2 };
}
function personList(ctx, i, p) {
  const ms = ctx.mentions;
  const out = [];
  if (!isPerson(ms[i]))
    return out;
  out.push(ms[i]);
  for (let n = i + 1; isPerson(ms[n]); n++) {
    const sep = keysBetween(ctx, ms[n - 1].tokenEnd, ms[n].tokenStart);
    const punct = punctBetween(ctx.text, ms[n - 1].span.end, ms[n].span.start);
    if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ",")))
      break;
    out.push(ms[n]);
  }
  return out;
}
function closedAfter(ctx, m) {
  const rest = ctx.text.slice(m.span.end, ctx.sentence.end).replace(/^[\s\u00a0]+/u, "");
  return rest === "" || /^[,;:)\]–—.!?»"“”]/u.test(rest) || /^-\s/u.test(rest);
}
function namedHolderFollows(ctx, last2) {
  const next = ctx.tokens[last2.tokenEnd];
  if (!next || !onlySpaceBetween(ctx.text, last2.span.end, next.start))
    return false;
  const first = next.text[0] ?? "";
  return first !== first.toLowerCase() && !ctx.mentions.some((m) => m.tokenStart === last2.tokenEnd && m.entityType !== "person");
}
function claim(ctx, person, phrase, of, tense, via, span) {
  return {
    kind: "office",
    person: person.entityId,
    ...person.alternatives.length ? { alternatives: person.alternatives } : {},
    personSpan: person.span,
    office: phrase.office.entityId,
    officeSpan: phrase.office.span,
    of: of?.entityId,
    ofSpan: of?.span,
    tense,
    at: ctx.date,
    via,
    span,
    sentence: ctx.sentence,
    lang: ctx.lang
  };
}
var cover2 = (...spans) => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end))
});
function extractOfficeClaims(ctx) {
  const p = phrasesOf(ctx.lang);
  const ms = ctx.mentions;
  const keys = ctx.tokens.map((t) => t.key);
  const out = [];
  for (let k = 0; k < ms.length; k++) {
    if (!isOffice(ms[k]))
      continue;
    if (k > 0 && ms[k - 1].span.start === ms[k].span.start)
      continue;
    const phrase = officePhrase(ctx, k, p);
    const leftTok = ms[phrase.first].tokenStart;
    let tense = qualifierNear(keys, leftTok, ms[phrase.last].tokenEnd, p) ?? "current";
    let after = phrase.last + 1;
    while (ms[after] && ms[after].span.start === ms[phrase.last].span.start)
      after++;
    const nextPerson = ms[after];
    if (isPerson(nextPerson)) {
      const gapKeys = keysBetween(ctx, ms[phrase.last].tokenEnd, nextPerson.tokenStart);
      const punct = punctBetween(ctx.text, ms[phrase.last].span.end, nextPerson.span.start);
      const gapOk = gapKeys.every((key) => p.qualifiers.some((q) => q.words.includes(key))) && /^(|,|–|—|-|:)$/.test(punct);
      if (gapOk) {
        const list = phrase.of.length >= 2;
        const plural = list || p.pluralTails.has(phrase.office.tail);
        const persons = plural ? personList(ctx, after, p) : [nextPerson];
        if (list) {
          if (persons.length === phrase.of.length) {
            persons.forEach((person, i) => {
              const c = phrase.of[i];
              out.push(claim(ctx, person, phrase, c, tense, "list", cover2(c.span, person.span)));
            });
          }
          k = after + persons.length - 1;
          continue;
        }
        if (punct !== "," || closedAfter(ctx, persons[persons.length - 1])) {
          let of = phrase.of[0];
          const afterP = ms[after + persons.length];
          if (!of && isPlace(afterP) && afterP.form === "name") {
            const between = keysBetween(ctx, persons[persons.length - 1].tokenEnd, afterP.tokenStart);
            if (between.length >= 1 && between.length <= 2 && onlyJoiners(between, p))
              of = afterP;
          }
          if (tense === "current" && hasPhrase(keys, nextPerson.tokenEnd, keys.length, p.futureSentence))
            tense = "future";
          for (const person of persons) {
            out.push(claim(ctx, person, phrase, of, tense, "apposition", cover2(ms[phrase.first].span, person.span, ...of ? [of.span] : [])));
          }
          k = after + persons.length - 1;
          continue;
        }
      }
    }
    const prev = ms[phrase.first - 1];
    if (isPerson(prev) && !namedHolderFollows(ctx, ms[phrase.last])) {
      const gapKeys = keysBetween(ctx, prev.tokenEnd, ms[phrase.first].tokenStart);
      const punct = punctBetween(ctx.text, prev.span.end, ms[phrase.first].span.start);
      if ((punct === "," || punct === "\u2013" || punct === "\u2014" || punct === "(") && gapKeys.every((key) => p.articles.has(key) || p.qualifiers.some((q) => q.words.includes(key)))) {
        if (tense === "current")
          tense = qualifierNear(keys, ms[phrase.first].tokenStart, ms[phrase.last].tokenEnd, p) ?? "current";
        out.push(claim(ctx, prev, phrase, phrase.of[0], tense, "apposition", cover2(prev.span, ms[phrase.first].span, ms[phrase.last].span)));
        continue;
      }
    }
    if (phrase.of.length === 1 && !namedHolderFollows(ctx, ms[phrase.last])) {
      let subj;
      for (let j = phrase.first - 1; j >= 0; j--) {
        if (isPerson(ms[j])) {
          subj = ms[j];
          break;
        }
      }
      if (subj) {
        const from = subj.tokenEnd;
        const to = ms[phrase.first].tokenStart;
        if (to - from <= 12 && hasPhrase(keys, Math.max(from, to - 3), to, p.predicate)) {
          const fut = hasPhrase(keys, from, to, p.futureSentence);
          out.push(claim(ctx, subj, phrase, phrase.of[0], fut ? "future" : tense, "predicate", cover2(ms[phrase.first].span, ms[phrase.last].span)));
        }
      }
    }
  }
  return out;
}

// dist/extract/names.js
var SCRIPT_CYRILLIC = new RegExp("\\p{Script=Cyrillic}", "u");
var SCRIPT_LATIN = new RegExp("\\p{Script=Latin}", "u");
var WORD_SPLIT = /[^\p{L}\p{M}\p{N}'’]+/u;
var SPLIT_KEEPING_SEPARATORS = new RegExp(`(${WORD_SPLIT.source})`, "u");
function scriptOf(s) {
  if (SCRIPT_CYRILLIC.test(s))
    return "cyrl";
  if (SCRIPT_LATIN.test(s))
    return "latn";
  return "other";
}
var LANG_SCRIPT = { ru: "cyrl", uk: "cyrl", be: "cyrl", bg: "cyrl", sr: "cyrl", kk: "cyrl", ky: "cyrl" };
function langScript(lang) {
  return LANG_SCRIPT[lang] ?? "latn";
}
function isAcronym(word) {
  return word.length <= 6 && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
function isCapitalised(word) {
  const first = word[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
var SPLIT_ABOVE = 16;
var PREFIX = 3;
var NameMatcher = class {
  lang;
  byFirstStem = /* @__PURE__ */ new Map();
  /** First three letters of every first-word stem, and the stems shorter than that: most text
   *  words (verbs, function words) are turned away by one set lookup, before any cutting. */
  prefixes = /* @__PURE__ */ new Set();
  shortStems = /* @__PURE__ */ new Set();
  inflection;
  size;
  constructor(entities, lang) {
    this.lang = lang;
    this.inflection = inflectionOf(lang);
    const script = langScript(lang);
    const seen = /* @__PURE__ */ new Set();
    let n = 0;
    for (const e of entities) {
      for (const [form, lists] of [["name", e.names], ["adjective", e.adjectives]]) {
        if (!lists)
          continue;
        const langs = Object.keys(lists).sort((a, b) => a === lang ? -1 : b === lang ? 1 : a < b ? -1 : a > b ? 1 : 0);
        for (const l of langs) {
          for (const name of lists[l] ?? []) {
            if (l !== lang && scriptOf(name) !== script)
              continue;
            const key = `${e.id}\0${form}\0${foldWord(name)}`;
            if (seen.has(key))
              continue;
            seen.add(key);
            const entry = this.entryOf(e, form, name, n);
            if (!entry)
              continue;
            const first = entry.words[0].stem;
            const bucket = this.byFirstStem.get(first);
            if (bucket)
              bucket.all.push(entry);
            else
              this.byFirstStem.set(first, { all: [entry], single: [], bySecond: void 0 });
            n++;
          }
        }
      }
    }
    this.size = n;
    for (const stem of this.byFirstStem.keys()) {
      if (stem.length >= PREFIX)
        this.prefixes.add(stem.slice(0, PREFIX));
      else
        this.shortStems.add(stem);
    }
    for (const bucket of this.byFirstStem.values()) {
      const longer = bucket.all.filter((e) => e.words.length > 1);
      if (longer.length <= SPLIT_ABOVE)
        continue;
      bucket.single = bucket.all.filter((e) => e.words.length === 1);
      bucket.bySecond = /* @__PURE__ */ new Map();
      for (const e of longer) {
        const list = bucket.bySecond.get(e.words[1].stem);
        if (list)
          list.push(e);
        else
          bucket.bySecond.set(e.words[1].stem, [e]);
      }
    }
  }
  entryOf(e, form, name, seq) {
    const pieces = name.split(SPLIT_KEEPING_SEPARATORS);
    const parts = [];
    for (let k = 0; k < pieces.length; k += 2) {
      if (pieces[k])
        parts.push({ word: pieces[k], before: (pieces[k - 1] ?? "").replace(/[\s\u00a0\-‐‑–.]/gu, "") });
    }
    if (parts.length === 0)
      return void 0;
    const proper = form === "name" && e.type !== "office";
    const words2 = parts.map(({ word: w, before }) => {
      const exact = isAcronym(w);
      const folded = foldWord(w);
      return {
        stem: exact ? folded : this.inflection.stem(folded),
        exact,
        capital: proper && isCapitalised(w),
        original: w,
        punctBefore: before
      };
    });
    return { entityId: e.id, entityType: e.type, form, words: words2, seq };
  }
  /** All name mentions in the tokens, longest match first at each position; ambiguous names give one mention per entity. */
  /**
   * All name mentions in the tokens. `skippable` tokens may stand between the words of a name
   * ("доля России во внешней торговле" for the name "доля во внешней торговле"), never first.
   */
  find(text, tokens2, skippable) {
    this.skip = skippable;
    try {
      return this.findAll(text, tokens2);
    } finally {
      this.skip = void 0;
    }
  }
  skip;
  findAll(text, tokens2) {
    const out = [];
    for (let i = 0; i < tokens2.length; ) {
      const best = this.longestAt(text, tokens2, i);
      if (best.length === 0) {
        i++;
        continue;
      }
      best.sort((a, b) => a.form === b.form ? 0 : a.form === "name" ? -1 : 1);
      const first = best[0];
      first.alternatives = [...new Set(best.slice(1).map((b) => b.entityId).filter((id) => id !== first.entityId))];
      out.push(first);
      i = first.tokenEnd;
    }
    return out;
  }
  findIn(text, from = 0, to = text.length) {
    return this.find(text, tokenize(text, { start: from, end: to }));
  }
  /** Whether some stem could be a prefix of this key (a stem is never cut shorter than itself). */
  mayStart(key, head) {
    if (key.length >= PREFIX && this.prefixes.has(head))
      return true;
    if (this.shortStems.size === 0)
      return false;
    for (let n = 1; n < PREFIX && n <= key.length; n++)
      if (this.shortStems.has(key.slice(0, n)))
        return true;
    return false;
  }
  longestAt(text, tokens2, i) {
    const tok = tokens2[i];
    if (!this.mayStart(tok.key, tok.head))
      return [];
    let best = [];
    let bestLen = 0;
    const maxCut = Math.min(this.inflection.maxTail, tok.key.length - 1);
    for (let cut = 0; cut <= maxCut; cut++) {
      const stem = cut === 0 ? tok.key : tok.key.slice(0, -cut);
      const entries = this.candidates(stem, tokens2[i + 1]);
      if (!entries)
        continue;
      const tail = cut === 0 ? "" : tok.key.slice(-cut);
      for (const entry of entries) {
        const end = this.matchEntry(text, tokens2, i, entry, tail);
        if (end === void 0)
          continue;
        const len = tokens2[end.index - 1].end - tok.start;
        if (len < bestLen)
          continue;
        const m = {
          entityId: entry.entityId,
          entityType: entry.entityType,
          form: entry.form,
          span: { start: tok.start, end: tokens2[end.index - 1].end },
          text: text.slice(tok.start, tokens2[end.index - 1].end),
          tokenStart: i,
          tokenEnd: end.index,
          tail: end.tail,
          alternatives: []
        };
        if (len > bestLen) {
          best = [m];
          bestLen = len;
        } else if (!best.some((b) => b.entityId === m.entityId && b.form === m.form))
          best.push(m);
      }
    }
    return best;
  }
  /**
   * Entries whose first word has this stem, in insertion order. A crowded first word ("Alexander"
   * in a large fact set) narrows its longer names to those whose second word is a stem of the
   * next token (cut by at most the longest tail: no longer tail is ever allowed).
   */
  candidates(stem, next) {
    const bucket = this.byFirstStem.get(stem);
    if (!bucket?.bySecond)
      return bucket?.all;
    if (!next)
      return bucket.single;
    const lists = bucket.single.length ? [bucket.single] : [];
    const key = next.key;
    for (let cut = 0, max = Math.min(this.inflection.maxTail, key.length - 1); cut <= max; cut++) {
      const list = bucket.bySecond.get(cut === 0 ? key : key.slice(0, -cut));
      if (list)
        lists.push(list);
    }
    return lists.length <= 1 ? lists[0] : lists.flat().sort((a, b) => a.seq - b.seq);
  }
  /** Token index after the match and the last word's tail, or undefined when the entry does not match at i. */
  matchEntry(text, tokens2, i, entry, firstTail) {
    let tail = firstTail;
    let at = i;
    for (let w = 0; w < entry.words.length; w++) {
      const word = entry.words[w];
      if (w > 0) {
        at++;
        while (this.skip && at < tokens2.length && this.skip(at) && !word.exact && tokens2[at].key.indexOf(word.stem) !== 0) {
          if (!joinedByNameGap(text, tokens2[at - 1].end, tokens2[at].start))
            return void 0;
          at++;
        }
      }
      const tok = tokens2[at];
      if (!tok)
        return void 0;
      if (w > 0) {
        const prev = tokens2[at - 1];
        if (!joinedByNameGap(text, prev.end, tok.start, word.punctBefore))
          return void 0;
        const t = this.tailOf(word, tok.key);
        if (t === void 0)
          return void 0;
        tail = t;
      }
      if (word.exact) {
        if (tok.text !== word.original || tail !== "")
          return void 0;
      } else {
        if (!this.inflection.allows(tail))
          return void 0;
        if (word.capital && !isCapitalised(tok.text))
          return void 0;
      }
    }
    return { index: at + 1, tail };
  }
  tailOf(word, key) {
    if (!key.startsWith(word.stem))
      return void 0;
    return key.slice(word.stem.length);
  }
};
function joinedByNameGap(text, from, to, punct = "") {
  if (to - from === 1 && /[-‐‑]/.test(text[from]))
    return true;
  if (punct && text.startsWith(punct, from))
    from += punct.length;
  if (text[from] === ".")
    from++;
  return to > from && to - from <= 3 && onlySpaceBetween(text, from, to);
}
var matchers2 = /* @__PURE__ */ new WeakMap();
function matcherFor(owner, entities, lang, vocabulary = "names") {
  let byKey = matchers2.get(owner);
  if (!byKey)
    matchers2.set(owner, byKey = /* @__PURE__ */ new Map());
  const key = `${vocabulary}\0${lang}`;
  let m = byKey.get(key);
  if (!m)
    byKey.set(key, m = new NameMatcher(entities(), lang));
  return m;
}

// dist/text/sentences.js
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var LETTER_OR_DIGIT2 = /[\p{L}\p{N}\p{M}]/u;
var UPPER = /[\p{Lu}\p{Lt}]/u;
var LOWER = new RegExp("\\p{Ll}", "u");
function isWordUnit(text, i) {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57)
    return true;
  if (c < 128)
    return false;
  return LETTER_OR_DIGIT2.test(text[i]);
}
function isTerminator(c) {
  return c === 46 || c === 33 || c === 63 || c === 8230;
}
function isCloser(c) {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 187 || c === 8221 || c === 8217 || c === 8250;
}
function isOpener(c) {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 171 || c === 8220 || c === 8222 || c === 8216 || c === 8218 || c === 8249;
}
var BLOCK_START = /^(?:#{1,6}(?:\s|$)|[-*+•–—]\s|\d{1,3}[.)]\s|>|\|)/u;
var SHORT_LAST_WORD = new RegExp("(?:^|[^\\p{L}])\\p{Ll}{1,3}$", "u");
var ENDS_CLAUSE = /[.!?…:;]["'»”’)\]]*$/u;
function continues(prev, next) {
  if (prev.startsWith("#") || BLOCK_START.test(next))
    return false;
  if (ENDS_CLAUSE.test(prev))
    return false;
  if (prev.endsWith(","))
    return true;
  if (SHORT_LAST_WORD.test(prev))
    return true;
  const first = String.fromCodePoint(next.codePointAt(0));
  return LOWER.test(first);
}
function paragraphs(text, from = 0, to = text.length) {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  const out = [];
  let cur;
  let prevLine = "";
  let ls = start;
  while (ls < end) {
    let le = ls;
    while (le < end) {
      const c = text.charCodeAt(le);
      if (c === 10 || c === 13)
        break;
      le++;
    }
    let ts = ls;
    let te = le;
    while (ts < te && isSpace(text.charCodeAt(ts)))
      ts++;
    while (te > ts && isSpace(text.charCodeAt(te - 1)))
      te--;
    if (ts === te) {
      if (cur)
        out.push(cur);
      cur = void 0;
    } else {
      const line = text.slice(ts, te);
      if (cur && continues(prevLine, line))
        cur.end = te;
      else {
        if (cur)
          out.push(cur);
        cur = { start: ts, end: te };
      }
      prevLine = line;
    }
    ls = le;
    if (text.charCodeAt(ls) === 13 && text.charCodeAt(ls + 1) === 10 && ls + 1 < end)
      ls += 2;
    else if (ls < end)
      ls += 1;
  }
  if (cur)
    out.push(cur);
  return out;
}
var abbreviationCache = /* @__PURE__ */ new Map();
function addForm(a, form) {
  if (!form.endsWith("."))
    return;
  const key = form.slice(0, -1);
  if (key === key.toLowerCase())
    a.anyCase.add(key);
  else
    a.exact.add(key);
}
function abbreviationsFor(lang) {
  const cacheKey = lang ?? "";
  const cached = abbreviationCache.get(cacheKey);
  if (cached)
    return cached;
  const known = [.../* @__PURE__ */ new Set([...availableLangs("abbreviations"), ...availableLangs("calendar")])].sort();
  const langs = lang ? [lang.toLowerCase()] : known;
  const a = { anyCase: /* @__PURE__ */ new Set(), exact: /* @__PURE__ */ new Set(), ordinalDot: false, langs };
  for (const l of langs) {
    const pack = loadPack(l, "abbreviations");
    for (const f of pack?.abbreviations ?? [])
      addForm(a, f);
    if (lang && pack?.ordinalDot)
      a.ordinalDot = true;
    for (const forms of calendarPack(l)?.months ?? [])
      for (const f of forms)
        addForm(a, f);
    for (const forms of calendarPack(l)?.weekdays ?? [])
      for (const f of forms)
        addForm(a, f);
  }
  abbreviationCache.set(cacheKey, a);
  return a;
}
var MAX_TOKEN = 24;
function dotEndsSentence(text, dot, spanStart, nextWord, abbr) {
  let s = dot;
  while (s > spanStart && dot - s <= MAX_TOKEN && (isWordUnit(text, s - 1) || text.charCodeAt(s - 1) === 46 && s - 1 > spanStart && isWordUnit(text, s - 2)))
    s--;
  if (dot - s > MAX_TOKEN || s === dot)
    return true;
  const token = text.slice(s, dot);
  if (token.length === 1 && !/\d/.test(token))
    return false;
  if (abbr.exact.has(token) || abbr.anyCase.has(token.toLowerCase()))
    return false;
  if (/^\d{1,2}\.\d{1,2}$/.test(token))
    return false;
  if (/^\d{1,3}$/.test(token)) {
    if (abbr.ordinalDot)
      return false;
    if (nextWord && abbr.langs.some((l) => monthIndex(l, nextWord) !== void 0))
      return false;
  }
  return true;
}
function splitParagraph(text, p, abbr, out) {
  let sentStart = p.start;
  let i = p.start;
  while (i < p.end) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < p.end && isTerminator(text.charCodeAt(j)))
      j++;
    let k = j;
    while (k < p.end && isCloser(text.charCodeAt(k)))
      k++;
    if (k >= p.end)
      break;
    if (!isSpace(text.charCodeAt(k))) {
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    let w = k;
    while (w < p.end && isSpace(text.charCodeAt(w)))
      w++;
    const nc = text.charCodeAt(w);
    const nextChar = String.fromCodePoint(text.codePointAt(w));
    const startsSentence = UPPER.test(nextChar) || nc >= 48 && nc <= 57 || isOpener(nc);
    let split = startsSentence;
    if (split && j - i === 1 && c === 46) {
      let e = w;
      while (e < p.end && e - w < 20 && isWordUnit(text, e))
        e++;
      split = dotEndsSentence(text, i, sentStart, text.slice(w, e), abbr);
    }
    if (split) {
      out.push({ start: sentStart, end: k });
      sentStart = w;
    }
    i = w;
  }
  if (sentStart < p.end)
    out.push({ start: sentStart, end: p.end });
}
function sentences(text, span = { start: 0, end: text.length }, lang) {
  const abbr = abbreviationsFor(lang);
  const out = [];
  for (const p of paragraphs(text, span.start, span.end))
    splitParagraph(text, p, abbr, out);
  return out;
}

// dist/engine/severity.js
function severityNumber(level) {
  return level === "error" ? 2 : level === "warn" ? 1 : 0;
}

// dist/engine/lint-document.js
function sentenceSpans(doc) {
  const out = [];
  for (const p of paragraphs(doc.text, doc.bodyStart, doc.text.length))
    out.push(...sentences(doc.text, p, doc.lang));
  return out;
}
function headMatcherFor(index, lang) {
  return matcherFor(index, () => headEntities(index.entities(), (id) => index.locatedIn(id).length > 0, [lang, "en"]), lang, "heads");
}
function propertyMatcherFor(index, lang) {
  return matcherFor(index, () => index.properties().filter((p) => p.kind === "quantity" || p.kind === "change" || p.kind === "share" || p.kind === "date").map((p) => ({ id: p.id, type: `property:${p.kind}`, ...p.names ? { names: p.names } : {} })), lang, "properties");
}
var CONTEXT_TYPES = /* @__PURE__ */ new Set(["country", "currency", "organization"]);
function shiftAll(items, by) {
  return items.map((it) => ({ ...it, span: shift(it.span, by) }));
}
var DAY = 864e5;
function eventNear(index, id, date) {
  if (!date)
    return false;
  const t = Date.parse(date);
  return index.datesOf(id).some((s) => {
    const from = s.from ?? s.date;
    const to = s.to ?? s.date ?? from;
    return typeof from === "string" && typeof to === "string" && t >= Date.parse(from) - 7 * DAY && t <= Date.parse(to) + 30 * DAY;
  });
}
var percentCache = /* @__PURE__ */ new Map();
function percentWordsOf(lang) {
  let words2 = percentCache.get(lang);
  if (!words2) {
    const pack = loadPack(lang, "numbers");
    words2 = (pack?.units ?? []).filter((u) => u.unit === "%").flatMap((u) => u.after ?? []).filter((w) => new RegExp("\\p{L}{3}", "u").test(w)).map((w) => w.toLowerCase());
    percentCache.set(lang, words2);
  }
  return words2;
}
function mayHoldFigure(text, percentWords) {
  if (/\d/.test(text))
    return true;
  if (percentWords.length === 0)
    return false;
  const lower = text.toLowerCase();
  return percentWords.some((w) => lower.includes(w));
}
function happens(index, id) {
  return index.datesOf(id).some((s) => typeof s.from === "string");
}
function eventYearIn(index, id, sentence) {
  return index.datesOf(id).some((s) => {
    const years = [s.from, s.to, s.date].filter((d) => typeof d === "string").map((d) => d.slice(0, 4));
    return years.some((y) => sentence.includes(y));
  });
}
function lintDocument(doc, index, settings) {
  const lang = doc.lang ?? "en";
  const on = (rule) => severityNumber(settings.severities[rule]) > 0;
  const matcher = matcherFor(index, () => index.entities(), lang);
  const data = [];
  const named = /* @__PURE__ */ new Set();
  for (const span of sentenceSpans(doc)) {
    const tokens2 = tokenize(doc.text, span);
    if (tokens2.length === 0)
      continue;
    const mentions = matcher.find(doc.text, tokens2);
    for (const m of mentions)
      named.add(m.entityId);
    data.push({ span, tokens: tokens2, mentions });
  }
  const article = {
    doc,
    index,
    lang,
    on,
    named,
    context: [...named].filter((id) => CONTEXT_TYPES.has(index.entity(id)?.type ?? "")).sort(),
    findings: [],
    records: []
  };
  const dates = on("date-weekday") || on("event-date") ? findDates(doc.text.slice(doc.bodyStart), lang, doc.date).filter((d) => d.kind === "date").map((d) => shiftDate(d, doc.bodyStart)) : [];
  const heads = on("place") || on("event-date") ? headMatcherFor(index, lang) : void 0;
  const metricsOn = on("metric-value") || on("share-value") || on("cross-article");
  const props = metricsOn || on("event-date") ? propertyMatcherFor(index, lang) : void 0;
  const percentWords = percentWordsOf(lang);
  const articleWords = new Set(grammarOf(lang).articles.map(foldWord));
  let dateAt = 0;
  for (const sentenceData of data) {
    const { span: sentence, tokens: tokens2, mentions } = sentenceData;
    const text = doc.text.slice(sentence.start, sentence.end);
    while (dateAt < dates.length && dates[dateAt].span.start < sentence.start)
      dateAt++;
    let dateEnd = dateAt;
    while (dateEnd < dates.length && dates[dateEnd].span.end <= sentence.end)
      dateEnd++;
    const sentenceDates = dates.slice(dateAt, dateEnd).filter((d) => d.yearExplicit);
    const figures = mayHoldFigure(text, percentWords);
    const isThisEvent = (id) => !happens(index, id) || eventNear(index, id, doc.date) || eventYearIn(index, id, text);
    const scope = {
      ...sentenceData,
      text,
      dates: sentenceDates,
      figures,
      isThisEvent,
      properties: props && (figures || sentenceDates.length) ? propertyWords(props, doc.text, tokens2, mentions, articleWords) : [],
      heads: heads ? heads.find(doc.text, tokens2).filter((h) => (named.has(h.entityId) || eventNear(index, h.entityId, doc.date)) && isThisEvent(h.entityId)) : []
    };
    if (on("office-holder") && mentions.length)
      checkOffices(article, scope);
    if (metricsOn && figures && scope.properties.length)
      checkFigures(article, scope);
    if (on("event-date") && sentenceDates.length && scope.properties.length)
      checkEventDates(article, scope);
    if (on("place") && (scope.heads.length || mentions.length > 1))
      checkPlaces(article, scope);
  }
  if (on("date-weekday")) {
    for (const d of dates) {
      const f = checkWeekday(d, doc.text, lang);
      if (f)
        article.findings.push(f);
    }
  }
  return { diagnostics: toDiagnostics(doc, article.findings, settings), records: article.records };
}
function propertyWords(props, text, tokens2, mentions, articles) {
  const inserted = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (!CONTEXT_TYPES.has(m.entityType))
      continue;
    for (let t = m.tokenStart; t < m.tokenEnd; t++)
      inserted.add(t);
    if (m.tokenStart > 0 && articles.has(tokens2[m.tokenStart - 1].key))
      inserted.add(m.tokenStart - 1);
  }
  return props.find(text, tokens2, inserted.size ? (t) => inserted.has(t) : void 0);
}
function checkOffices(a, s) {
  const ctx = { text: a.doc.text, sentence: s.span, tokens: s.tokens, mentions: s.mentions, lang: a.lang, date: a.doc.date };
  for (const claim2 of extractOfficeClaims(ctx)) {
    const f = checkOfficeClaim(claim2, a.index, a.doc.text);
    if (f)
      a.findings.push(f);
  }
}
function checkFigures(a, s) {
  const { doc, index, lang } = a;
  const quantities = shiftAll(findQuantities(s.text, lang), s.span.start);
  const periods = shiftAll(findPeriods(s.text, lang, doc.date), s.span.start);
  const claims = extractMetricClaims({
    text: doc.text,
    sentence: s.span,
    tokens: s.tokens,
    mentions: s.mentions,
    properties: s.properties,
    quantities,
    periods,
    context: a.context,
    lang,
    date: doc.date,
    property: (id) => index.property(id),
    changeOf: (q) => index.properties().find((p) => p.kind === "change" && p.of === q)
  });
  for (const claim2 of claims) {
    const { finding, record } = checkMetricClaim(claim2, index, doc.text);
    if (finding)
      a.findings.push(finding);
    if (record) {
      const r = rangeOf(doc, claim2.span);
      a.records.push({
        key: record.key,
        property: record.property,
        subjects: record.subjects,
        value: record.value,
        unit: record.unit,
        halfUnit: record.halfUnit,
        approx: record.approx,
        bound: record.bound,
        text: record.text,
        filePath: doc.path,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn
      });
    }
  }
}
function checkEventDates(a, s) {
  const { index } = a;
  const subjects = [...s.mentions, ...s.heads].filter((m) => s.isThisEvent(m.entityId));
  for (const p of s.properties.filter((m) => index.property(m.entityId)?.kind === "date")) {
    const near = s.dates.reduce((x, d) => Math.abs(d.span.start - p.span.end) < Math.abs(x.span.start - p.span.end) ? d : x);
    const subject = subjects.find((x) => index.datesOf(x.entityId, p.entityId).length > 0);
    if (!subject)
      continue;
    const f = checkEventDate({
      subject: subject.entityId,
      property: p.entityId,
      date: near,
      span: { start: Math.min(p.span.start, near.span.start), end: Math.max(p.span.end, near.span.end) }
    }, index);
    if (f)
      a.findings.push(f);
  }
}
function checkPlaces(a, s) {
  const { index } = a;
  const locatable = (id) => index.locatedIn(id).length > 0 && s.isThisEvent(id);
  for (const claim2 of extractPlaceClaims({ text: a.doc.text, tokens: s.tokens, mentions: s.mentions, heads: s.heads, lang: a.lang, locatable })) {
    const f = checkPlaceClaim(claim2, index);
    if (f)
      a.findings.push(f);
  }
}
function shift(s, by) {
  return { start: s.start + by, end: s.end + by };
}
function shiftDate(d, by) {
  return { ...d, span: shift(d.span, by), dateSpan: shift(d.dateSpan, by), ...d.weekdaySpan ? { weekdaySpan: shift(d.weekdaySpan, by) } : {} };
}
function toDiagnostics(doc, findings, settings) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const severity = severityNumber(settings.severities[f.ruleId]);
    if (severity === 0)
      continue;
    const key = `${f.ruleId}\0${f.span.start}\0${f.span.end}\0${f.message}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    const d = { ruleId: f.ruleId, severity, message: f.message, ...rangeOf(doc, f.span), span: f.span };
    if (f.actual !== void 0)
      d.actual = f.actual;
    if (f.expected !== void 0)
      d.expected = f.expected;
    if (f.fact)
      d.fact = { id: f.fact.id, source: f.fact.source, ...f.fact.note ? { note: f.fact.note } : {}, file: f.fact.origin.file };
    if (f.fix)
      d.fix = f.fix;
    if (f.related)
      d.related = f.related;
    out.push(d);
  }
  return sortDiagnostics(out);
}
function sortDiagnostics(ds) {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

// dist/engine/lint-files.js
var WORKER_ENTRY = new URL("./lint-worker.js", importMetaUrl);
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });

// dist/engine/run.js
var MAX_FILE_BYTES = 10 * 1024 * 1024;
function summarise(filePath, messages, fatal) {
  const r = {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: fatal ? 1 : 0,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length
  };
  if (fatal)
    r.fatal = fatal;
  return r;
}
function fileError(filePath, message) {
  return summarise(filePath, [{ ruleId: "file-error", severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }], message);
}
function tooLarge(displayPath, size) {
  return fileError(displayPath, `file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
}
function readAndLint(file, displayPath, index, opts, severities, content) {
  let buf;
  if (content) {
    if (content.length > MAX_FILE_BYTES)
      return { result: tooLarge(displayPath, content.length) };
    buf = content;
  } else {
    try {
      const size = (0, import_node_fs3.statSync)(file).size;
      if (size > MAX_FILE_BYTES)
        return { result: tooLarge(displayPath, size) };
      buf = (0, import_node_fs3.readFileSync)(file);
    } catch (err) {
      return { result: fileError(displayPath, `cannot read file: ${err.code ?? err.message}`) };
    }
  }
  try {
    const doc = parseDocument(displayPath, buf, { ...opts.lang ? { lang: opts.lang } : {}, ...opts.date ? { date: opts.date } : {} });
    const { diagnostics, records } = lintDocument(doc, index, { severities });
    const result = summarise(displayPath, diagnostics);
    if (records.length)
      result.records = records;
    return { result, source: { text: doc.text, bom: doc.bom, lineStarts: doc.lineStarts } };
  } catch (err) {
    if (err instanceof DocumentError)
      return { result: fileError(displayPath, err.message) };
    throw err;
  }
}

// dist/engine/lint-worker.js
var { setup, port, signal } = import_node_worker_threads.workerData;
var lintOne;
var setupError;
try {
  const loaded = decodeFactSet(setup.facts);
  if (!loaded)
    throw new Error("worker: the fact set could not be decoded");
  const index = new FactIndex(loaded);
  const opts = { cwd: setup.cwd, patterns: [], ...setup.lang ? { lang: setup.lang } : {}, ...setup.date ? { date: setup.date } : {} };
  const severities = setup.severities;
  lintOne = (t) => readAndLint(t.path, t.path, index, opts, severities, t.content ? Buffer.from(t.content.buffer, t.content.byteOffset, t.content.byteLength) : void 0);
} catch (err) {
  setupError = err;
}
function reply(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
port.on("message", (chunk) => {
  try {
    if (!lintOne)
      throw setupError ?? new Error("worker: not set up");
    reply({ id: chunk.id, outcomes: chunk.tasks.map(lintOne) });
  } catch (err) {
    const e = err;
    reply({ id: chunk.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
