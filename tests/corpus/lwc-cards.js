/**
 * The bad-input corpus through a Salesforce card: each case is stored in the record's columns,
 * handed to the card through the getRecord mock, and the card must show the core's message
 * (notices, or the state text), never throw, and never turn data into markup. A fast-check
 * property then renders mutated payloads the same way (FC_SEED / FC_RUNS, as the core's property
 * tests). Each card's `*.corpus.test.js` calls `describeCardCorpus` with its component.
 */
const fc = require('fast-check');
const { buildCorpus, basePayloads, onPlatform, salesforceValues, MARKUP } = require('./corpus');
const { SEED, CARD_RUNS, payloadEdits, mutatedText } = require('./mutations');
const { deepText, deepQueryAll, scriptLinks, MARKUP_ELEMENTS } = require('./dom');

const RECORD_ID = 'a0X000000000001AAA';

/**
 * deps: { createElement, Component, tag, getRecord, core, labels, locale, timeZone, uiRecord,
 * flushPromises, kind, objectApiName, props, afterRecord? (element) => emits the card's other wires }
 */
function describeCardCorpus(deps) {
  const {
    createElement,
    Component,
    tag,
    getRecord,
    core,
    labels,
    locale,
    timeZone,
    uiRecord,
    flushPromises,
    kind,
    objectApiName,
    props = {},
    afterRecord,
  } = deps;
  const cases = buildCorpus(core).filter((c) => c.kind === kind && onPlatform(c, 'salesforce'));
  const isRecord = (config) => config.recordId === RECORD_ID;

  async function render(values) {
    const element = createElement(tag, { is: Component });
    Object.assign(element, { recordId: RECORD_ID, objectApiName, ...props });
    document.body.appendChild(element);
    await flushPromises();
    const record = uiRecord(objectApiName, RECORD_ID, values);
    getRecord.emit(record, isRecord);
    if (afterRecord) afterRecord();
    await flushPromises();
    return { element, record };
  }

  /** What every render must hold, whatever the data: no markup from data, no raw JSON, a card. */
  function expectSafe(element) {
    expect(deepQueryAll(element, MARKUP_ELEMENTS).map((node) => node.outerHTML)).toEqual([]);
    expect(scriptLinks(element).map((node) => node.outerHTML)).toEqual([]);
    const text = deepText(element);
    expect(text).not.toMatch(/"schemaVersion"|\[object Object\]|undefined/);
    expect(deepQueryAll(element, 'lightning-card').length).toBe(1);
    return text;
  }

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  describe(`${tag}: bad-input corpus, ${cases.length} ${kind} cases`, () => {
    it.each(cases.map((c) => [c.id, c]))('%s: shows the message and what is valid, never markup', async (_id, c) => {
      const { element, record } = await render(salesforceValues(core, c));
      const text = expectSafe(element);
      const view = core.viewOf(kind, core.parseSalesforceRecord(kind, record), { locale, timeZone, now: new Date(), messages: labels });
      if (view.state === 'ready') {
        for (const notice of view.notices) expect(text).toContain(notice.text);
      } else expect(text).toContain(view.stateText);
      // A card shows a selection of the view (the newest feedback entries, not all of them): at least
      // one of the case's texts must reach the screen, as text.
      const shows = c.expect.shows || [];
      if (shows.length > 0) expect(shows.filter((shown) => text.includes(shown))).not.toEqual([]);
      if (c.id.endsWith('/markup-everywhere')) expect(text).toContain(MARKUP);
    });
  });

  describe(`${tag}: fast-check over the render path`, () => {
    const base = basePayloads(core)[kind];
    const edits = payloadEdits(fc);

    it(`renders ${CARD_RUNS} mutated payloads without a throw or markup (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(edits, async (changes) => {
          const text = mutatedText(base, changes);
          const { element } = await render({ [core.salesforceFieldName(core.contexts[kind].storage.document)]: text });
          expectSafe(element);
          document.body.removeChild(element);
        }),
        { seed: SEED, numRuns: CARD_RUNS },
      );
    });
  });
}

module.exports = { describeCardCorpus, RECORD_ID };
