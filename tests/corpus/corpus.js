/**
 * The bad-input corpus: payloads as a platform column would hold them, each with what a reader must
 * say about it and what must survive. Small cases are hand-written JSON files in `cases/` (a patch
 * on a sample-book payload, or the exact stored text); cases where size matters (platform limits,
 * huge lists, deep nesting, long strings) are generated here at test time, so nothing big is
 * committed.
 *
 * Plain CommonJS on purpose: the core, the LWC (sfdx-lwc-jest) and the HubSpot Jest projects all
 * load it. It knows no field of its own: every path, limit and size comes from the core handed to
 * `buildCorpus(core)` and from the sample book, so it cannot drift from either.
 */
const fs = require('fs');
const path = require('path');

const CASES_DIR = path.join(__dirname, 'cases');
const BOOK = path.join(__dirname, '../../shared/samples/book.json');

/** Older payloads: `base: "lead-score@v1"` in a case file. */
const OLD_CASES = { 'lead-score@v1': ['lead-score', 'schema-v1'] };

/** Hostile text put in every free-text field: if a card ever rendered data as HTML, these would run. */
const MARKUP = '<script>alert("hc")</script><img src=x onerror="alert(1)"><b>bold</b>';
/** Right-to-left, bidi override, combining marks and emoji (with a zero-width joiner sequence). */
const WORLD_TEXT = 'مرحبا بالعالم \u202Egnp.exe\u202C שלום 👩🏽‍💻🚀 Zoë Ångström 日本語';
/** Nesting depth of the deep cases. */
const DEPTH = 10000;
/** Entries in the huge-list case. */
const HUGE_LIST = 10000;
/** Length of the very long single string. */
const LONG_STRING = 100000;

function readBook() {
  return JSON.parse(fs.readFileSync(BOOK, 'utf8'));
}

function bookPayload(book, kind, storyCase) {
  for (const type of ['companies', 'people', 'deals'])
    for (const record of book[type]) if (record.cases.includes(storyCase) && record.payloads[kind] !== undefined) return record.payloads[kind];
  throw new Error(`the sample book has no ${kind} payload for the case ${storyCase}`);
}

/**
 * Every kind's starting payload from the sample book (the story case its context definition names,
 * `sampleCase`), plus the older ones.
 */
function basePayloads(core) {
  const book = readBook();
  const bases = {};
  for (const [kind, context] of Object.entries(core.contexts)) bases[kind] = bookPayload(book, kind, context.sampleCase);
  for (const [name, [kind, storyCase]] of Object.entries(OLD_CASES)) bases[name] = bookPayload(book, kind, storyCase);
  return bases;
}

function clone(value) {
  return JSON.parse(JSON.stringify(value));
}

/** `factors.0.label` or `factors[0].label` → ['factors', 0, 'label']. */
function keysOf(dotted) {
  return dotted
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((k) => k !== '')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

function setAt(root, dotted, value) {
  const keys = keysOf(dotted);
  let parent = root;
  for (const key of keys.slice(0, -1)) {
    if (parent[key] === null || typeof parent[key] !== 'object') parent[key] = {};
    parent = parent[key];
  }
  Object.defineProperty(parent, keys[keys.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

function deleteAt(root, dotted) {
  const keys = keysOf(dotted);
  let parent = root;
  for (const key of keys.slice(0, -1)) {
    parent = parent == null ? undefined : parent[key];
  }
  if (parent && typeof parent === 'object') {
    if (Array.isArray(parent)) parent.splice(keys[keys.length - 1], 1);
    else delete parent[keys[keys.length - 1]];
  }
}

/**
 * Applies a case file's patch to a base payload and gives the stored text. `raw` values are
 * spliced in as JSON text, for what a JSON file cannot hold as a value (1e309, NaN, duplicate keys).
 */
function patchedText(base, patch) {
  const value = clone(base);
  for (const dotted of patch.delete || []) deleteAt(value, dotted);
  for (const [dotted, entry] of Object.entries(patch.set || {})) setAt(value, dotted, entry);
  const raws = Object.entries(patch.raw || {});
  raws.forEach(([dotted], i) => setAt(value, dotted, `__HC_RAW_${i}__`));
  let text = JSON.stringify(value);
  raws.forEach(([, raw], i) => (text = text.replace(`"__HC_RAW_${i}__"`, raw)));
  return text;
}

/** The hand-written cases, one file each. */
function handWritten(bases) {
  return fs
    .readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const spec = JSON.parse(fs.readFileSync(path.join(CASES_DIR, file), 'utf8'));
      const base = spec.base || spec.kind;
      if (spec.text === undefined && !bases[base]) throw new Error(`${file}: unknown base ${base}`);
      const text = spec.text !== undefined ? spec.text : patchedText(bases[base], spec);
      return {
        id: `${spec.kind}/${file.replace(/^[^.]+\./, '').replace(/\.json$/, '')}`,
        kind: spec.kind,
        description: spec.description,
        text,
        columns: spec.columns,
        platform: spec.platform,
        expect: spec.expect,
      };
    });
}

/** The free-text fields of a kind, from the registry: where markup or foreign text can go. */
function freeTextFields(core, kind) {
  return core
    .fieldsOf(kind)
    .filter((f) => /^(list of )?text( \(|$)/.test(f.type))
    .map((f) => ({ path: f.path, list: f.type.startsWith('list of') }));
}

/** Sets every value at a registry path (`factors[].label`, `competitors`) inside a payload. */
function eachAt(value, registryPath, isList, make) {
  const visit = (node, keys) => {
    if (node === null || typeof node !== 'object') return;
    const [key, ...rest] = keys;
    if (key === '[]') {
      if (Array.isArray(node)) node.forEach((entry) => visit(entry, rest));
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(node, key)) return;
    if (rest.length > 0) return visit(node[key], rest);
    if (isList && Array.isArray(node[key])) node[key] = node[key].map((entry, i) => make(`${registryPath}[${i}]`, entry));
    else if (!isList && typeof node[key] === 'string') node[key] = make(registryPath, node[key]);
  };
  visit(value, registryPath.match(/[^.[\]]+|\[\]/g));
}

/** A copy of the payload with `make` applied to every free-text value; gives the texts written. */
function rewriteTexts(core, kind, base, make) {
  const value = clone(base);
  const written = [];
  for (const field of freeTextFields(core, kind))
    eachAt(value, field.path, field.list, (where, old) => {
      const next = make(where, old);
      written.push(next);
      return next;
    });
  return { value, written };
}

/** The lists of a kind whose entries carry a long text, to grow a valid payload to a given size. */
function growthSpots(core, kind, base) {
  const fields = core.fieldsOf(kind);
  const spots = [];
  for (const list of fields.filter((f) => f.type === 'list of object' && f.maxItems)) {
    const long = fields.find((f) => f.path.startsWith(`${list.path}[].`) && /^text \(at most (\d{4,}) characters\)$/.test(f.type));
    const entries = keysOf(list.path).reduce((node, key) => (node == null ? undefined : node[key]), base);
    if (!long || !Array.isArray(entries) || entries.length === 0) continue;
    spots.push({ list: list.path, member: long.path.slice(list.path.length + 3), max: Number(/(\d{4,})/.exec(long.type)[1]), maxItems: list.maxItems });
  }
  return spots;
}

function filler(n) {
  const words = 'evidence from the call notes and the product usage export ';
  // Never ending in a space: readers trim text, and the size must survive a write unchanged.
  return words
    .repeat(Math.ceil(n / words.length))
    .slice(0, n)
    .replace(/ $/, '.');
}

/**
 * A valid payload whose JSON text is exactly `length` characters: the base, with entries added
 * to its long-text lists (within each list's maxItems and each text's own limit).
 */
function payloadOfLength(core, kind, base, length) {
  const value = clone(base);
  // In characters (code points), as the platforms' limits count them: an emoji is one.
  const size = () => [...JSON.stringify(value)].length;
  const added = [];
  for (const spot of growthSpots(core, kind, base)) {
    const list = keysOf(spot.list).reduce((node, key) => node[key], value);
    while (list.length < spot.maxItems && size() < length) {
      const entry = clone(list[0]);
      entry[spot.member] = filler(spot.max);
      list.push(entry);
      added.push({ entry, member: spot.member });
    }
    if (size() >= length) break;
  }
  // Too long now: shorten the added texts, newest first, never below 1 character.
  for (const { entry, member } of added.reverse()) {
    const over = size() - length;
    if (over <= 0) break;
    entry[member] = filler(Math.max(1, entry[member].length - over));
  }
  if (size() !== length) throw new Error(`could not grow a ${kind} payload to ${length} characters (reached ${size()})`);
  return value;
}

function nested(depth, leaf) {
  return '['.repeat(depth) + leaf + ']'.repeat(depth);
}

function fmt(n) {
  return n.toLocaleString('en-US');
}

/** The generated cases of one kind. */
function generatedFor(core, kind, base) {
  const cases = [];
  const add = (name, description, text, expect, extra = {}) => cases.push({ id: `${kind}/${name}`, kind, description, text, expect, ...extra });
  const baseText = JSON.stringify(base);
  const firstList = core.fieldsOf(kind).find((f) => f.type === 'list of object' && Array.isArray(base[f.path]) && base[f.path].length > 0);
  const required = core.fieldsOf(kind).filter((f) => f.required && !f.path.includes('.') && !f.path.includes('[]') && f.path !== 'schemaVersion');

  add('truncated-half', 'the stored text cut in the middle', baseText.slice(0, Math.floor(baseText.length / 2)), {
    status: 'invalid',
    problems: [{ code: 'not_json', path: '', says: 'breaks at character' }],
  });
  add('bom', 'a byte-order mark before the JSON, as some exports write it', `\uFEFF${baseText}`, { status: 'valid', survives: required.map((f) => f.path) });
  add('double-encoded', 'the payload JSON-encoded twice: a quoted text, not an object', JSON.stringify(baseText), {
    status: 'invalid',
    problems: [{ code: 'not_object', path: '', says: 'encoded twice' }],
  });
  add(
    'unknown-fields',
    'fields this version does not know, at the top and inside an entry',
    patchedText(base, { set: { aiSecret: 'x', internalNotes: { a: 1 }, ...(firstList && { [`${firstList.path}[0].colour`]: 'red' }) } }),
    {
      status: 'valid',
      problems: [
        { code: 'unknown_field', path: 'aiSecret', says: '"aiSecret"' },
        { code: 'unknown_field', path: 'internalNotes', says: '"internalNotes"' },
        ...(firstList ? [{ code: 'unknown_field', path: `${firstList.path}[0].colour`, says: '"colour"' }] : []),
      ],
      survives: required.map((f) => f.path),
    },
  );
  add(
    'prototype-pollution',
    '__proto__, constructor and prototype keys, at the top and inside an entry',
    (() => {
      const hostile = '{"polluted":"yes","isAdmin":true}';
      let text = baseText.replace(/^\{/, `{"__proto__":${hostile},"constructor":{"prototype":${hostile}},`);
      if (firstList) text = text.replace(`"${firstList.path}":[{`, `"${firstList.path}":[{"__proto__":${hostile},`);
      return text;
    })(),
    {
      status: 'valid',
      problems: [
        { code: 'unknown_field', path: '__proto__', says: '"__proto__"' },
        { code: 'unknown_field', path: 'constructor', says: '"constructor"' },
      ],
      survives: required.map((f) => f.path),
      unpolluted: true,
    },
  );
  add(
    'newer-version',
    'schemaVersion 99 from a future release, with a field this version does not know',
    patchedText(base, { set: { schemaVersion: 99, futureField: { x: 1 } } }),
    {
      status: 'partial',
      problems: [{ code: 'newer_version', path: '', says: '(99)' }],
      survives: required.map((f) => f.path),
    },
  );
  add('version-as-text', 'schemaVersion written as the text "1"', patchedText(base, { set: { schemaVersion: '1' } }), {
    status: 'partial',
    problems: [{ code: 'unknown_version', path: 'schemaVersion', says: 'text "1"' }],
    survives: required.map((f) => f.path),
  });
  add('all-null', 'every field null', JSON.stringify(Object.fromEntries(Object.keys(base).map((k) => [k, null]))), {
    status: 'invalid',
    problems: required.map((f) => ({ code: 'missing', path: f.path, says: 'is missing' })),
  });
  if (required.length > 0) {
    const gone = required[0].path;
    add(`missing-${gone}`, `the required field ${gone} left out`, patchedText(base, { delete: [gone] }), {
      status: 'partial',
      problems: [{ code: 'missing', path: gone, says: 'is missing' }],
      survives: required.slice(1).map((f) => f.path),
      absent: [gone],
    });
  }
  if (firstList) {
    const list = base[firstList.path];
    const huge = clone(base);
    huge[firstList.path] = Array.from({ length: HUGE_LIST }, (_, i) => list[i % list.length]);
    add('huge-list', `${fmt(HUGE_LIST)} entries in ${firstList.path} (a card shows at most ${firstList.maxItems})`, JSON.stringify(huge), {
      status: 'valid',
      problems: [{ code: 'too_many_items', path: firstList.path, says: `has ${HUGE_LIST} entries` }],
      survives: required.map((f) => f.path),
      listLength: { [firstList.path]: firstList.maxItems },
    });
    add(
      'deep-list',
      `${fmt(DEPTH)} levels of nested lists where the first ${firstList.path} entry belongs`,
      baseText.replace(`"${firstList.path}":[`, `"${firstList.path}":[${nested(DEPTH, '1')},`),
      {
        status: 'partial',
        problems: [{ code: 'dropped_item', path: `${firstList.path}[0]`, says: 'left out' }],
        survives: required.map((f) => f.path),
        listLength: { [firstList.path]: list.length },
      },
    );
  }
  add('deep-unknown', `an unknown field nested ${fmt(DEPTH)} levels deep`, baseText.replace(/^\{/, `{"deep":${nested(DEPTH, '{"a":1}')},`), {
    status: 'valid',
    problems: [{ code: 'unknown_field', path: 'deep', says: '"deep"' }],
    survives: required.map((f) => f.path),
  });

  const short = core.fieldsOf(kind).find((f) => !f.path.includes('[]') && /^text \(at most \d+ characters\)$/.test(f.type));
  if (short) {
    const max = Number(/(\d+)/.exec(short.type)[1]);
    add(
      'long-string',
      `${fmt(LONG_STRING)} characters in ${short.path} (at most ${max})`,
      patchedText(base, { set: { [short.path]: 'W'.repeat(LONG_STRING) } }),
      {
        status: 'partial',
        problems: [{ code: 'too_big', path: short.path, says: `at most ${max} characters, got ${LONG_STRING} characters` }],
        survives: required.filter((f) => f.path !== short.path.split('.')[0]).map((f) => f.path),
      },
    );
  }

  const markup = rewriteTexts(core, kind, base, (where) => `${MARKUP} ${where}`.slice(0, 200));
  add('markup-everywhere', 'HTML, <script> and <img onerror> in every free-text field', JSON.stringify(markup.value), {
    status: 'valid',
    survives: required.map((f) => f.path),
    shows: [...new Set(markup.written)].slice(0, 3),
  });
  const world = rewriteTexts(core, kind, base, (where, old) => `${WORLD_TEXT} ${old}`.slice(0, 200));
  add('rtl-emoji-everywhere', 'right-to-left, bidi-override and emoji text in every free-text field', JSON.stringify(world.value), {
    status: 'valid',
    survives: required.map((f) => f.path),
    shows: [...new Set(world.written)].slice(0, 3),
  });

  for (const platform of ['salesforce', 'hubspot']) {
    const limit = core.textLimits[platform];
    const atLimit = JSON.stringify(payloadOfLength(core, kind, base, limit));
    const overLimit = JSON.stringify(payloadOfLength(core, kind, base, limit + 1));
    add(
      `at-limit-${platform}`,
      `a valid payload exactly ${fmt(limit)} characters long, the most ${platform} keeps`,
      atLimit,
      { status: 'valid', survives: required.map((f) => f.path), writes: true },
      { platform },
    );
    add(
      `over-limit-${platform}`,
      `a valid payload ${fmt(limit + 1)} characters long, 1 more than ${platform} keeps`,
      overLimit,
      {
        status: 'valid',
        problems: [{ code: 'too_long', path: '', says: fmt(limit + 1) }],
        survives: required.map((f) => f.path),
        writes: false,
        shorten: 1,
      },
      { platform },
    );
    add(
      `cut-at-limit-${platform}`,
      `that payload as ${platform} leaves it: cut at ${fmt(limit)} characters`,
      [...overLimit].slice(0, limit).join(''),
      {
        status: 'invalid',
        problems: [{ code: 'not_json', path: '', says: 'probably cut' }],
      },
      { platform },
    );
  }
  return cases;
}

/**
 * Every case. `core` is the Handoff Context core as the caller loads it (the TypeScript source,
 * or c/handoffCore in LWC tests): it gives the registry and the platform limits.
 */
function buildCorpus(core) {
  const bases = basePayloads(core);
  const cases = [...handWritten(bases)];
  for (const kind of Object.keys(core.contexts)) cases.push(...generatedFor(core, kind, bases[kind]));
  return cases;
}

/** A case as Salesforce stores it: field API name → value (the document and any own columns). */
function salesforceValues(core, testCase) {
  const values = { [core.salesforceFieldName(core.contexts[testCase.kind].storage.document)]: testCase.text };
  for (const [name, value] of Object.entries(testCase.columns || {})) values[core.salesforceFieldName({ name })] = value;
  return values;
}

/** A case as HubSpot stores it: property name → text. */
function hubspotValues(core, testCase) {
  const values = { [core.hubspotPropertyName(core.contexts[testCase.kind].storage.document)]: testCase.text };
  for (const [name, value] of Object.entries(testCase.columns || {})) values[core.hubspotPropertyName({ name })] = String(value);
  return values;
}

/** Whether a case belongs on a platform (limit cases are meant for one). */
function onPlatform(testCase, platform) {
  return !testCase.platform || testCase.platform === platform;
}

module.exports = { buildCorpus, basePayloads, patchedText, salesforceValues, hubspotValues, onPlatform, MARKUP, WORLD_TEXT, DEPTH };
