/**
 * The fast-check half of the card corpus, shared by the LWC and HubSpot card tests: junk values
 * dropped into random places of a valid payload. Plain CommonJS, like corpus.js, so both Jest
 * projects load it. FC_SEED / FC_RUNS as the core's property tests.
 */
const { MARKUP } = require('./corpus');

const SEED = Number(process.env.FC_SEED || 20261123);
/** Rendering is slower than parsing: a card gets a hundredth of the core's runs (10 by default, 2,000 under fuzz). */
const CARD_RUNS = Math.max(10, Math.round(Number(process.env.FC_RUNS || 1000) / 100));

/** One to four edits, each a slot number (taken modulo the payload's slots) and what goes there. */
function payloadEdits(fc) {
  const junk = fc.oneof(
    fc.constantFrom(
      null,
      '',
      'NaN',
      'Infinity',
      1e308,
      -1,
      MARKUP,
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '9999-12-31T23:59:59Z',
      '2026-02-30',
      [],
      {},
    ),
    fc.string({ maxLength: 40 }),
    fc.double(),
    fc.jsonValue({ maxDepth: 2 }),
  );
  return fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 4 });
}

/** The payload's stored text after the edits: each replaces the value at one key, at any depth. */
function mutatedText(base, edits) {
  const value = JSON.parse(JSON.stringify(base));
  for (const [pick, replacement] of edits) {
    const slots = [];
    const visit = (node) => {
      if (node === null || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        slots.push([node, key]);
        visit(node[key]);
      }
    };
    visit(value);
    if (slots.length === 0) break;
    const [parent, key] = slots[pick % slots.length];
    parent[key] = replacement;
  }
  return JSON.stringify(value);
}

module.exports = { SEED, CARD_RUNS, payloadEdits, mutatedText };
