/**
 * The bad-input corpus through a HubSpot card: each case is stored in the record's properties,
 * handed to the card through the useCrmProperties mock (createRenderer), and the card must show
 * the core's message, never throw, and show data only as text (Text content or a component's text
 * prop), never as components. A fast-check property then renders mutated payloads the same way
 * (FC_SEED / FC_RUNS, as the core's property tests). Each card's `*.corpus.test.tsx` calls
 * `describeHubSpotCorpus`.
 */
import type { ReactElement } from 'react';
import fc from 'fast-check';
import * as core from '@handoff-context/core';
import { buildCorpus, basePayloads, hubspotValues, MARKUP, onPlatform, type CorpusCase } from './corpus';
import { CARD_RUNS, SEED, mutatedText, payloadEdits } from './mutations';

type Kind = core.Kind;

interface Node {
  nodeType: 'root' | 'fragment' | 'element' | 'text';
  name?: string;
  text?: string | null;
  props?: Record<string, unknown>;
  childNodes?: Node[];
}

/** Every word a rendered card shows: text nodes, and the text props components display (titles, labels). */
export function renderedWords(root: Node): { texts: string[]; props: string[]; names: string[]; links: string[] } {
  const out = { texts: [] as string[], props: [] as string[], names: [] as string[], links: [] as string[] };
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 'text' && typeof node.text === 'string') out.texts.push(node.text);
    if (node.nodeType === 'element') {
      out.names.push(node.name ?? '');
      for (const value of Object.values(node.props ?? {})) if (typeof value === 'string') out.props.push(value);
      const href = node.props?.href;
      if (href !== undefined) out.links.push(typeof href === 'string' ? href : JSON.stringify(href));
    }
    stack.push(...(node.childNodes ?? []));
  }
  return out;
}

export interface HubSpotCorpusOptions {
  card: string;
  /** The kinds the card reads; each case of these kinds is stored alone in the properties. */
  kinds: Kind[];
  element: (now: Date) => ReactElement;
  renderCard: (element: ReactElement, options: { properties?: Record<string, string | null> }) => { getRootNode: () => unknown };
}

const now = new Date('2026-11-23T10:00:00Z');

export function describeHubSpotCorpus({ card, kinds, element, renderCard }: HubSpotCorpusOptions) {
  const cases = buildCorpus(core).filter((c) => kinds.includes(c.kind) && onPlatform(c, 'hubspot'));

  function render(properties: Record<string, string>) {
    const r = renderCard(element(now), { properties });
    const words = renderedWords(r.getRootNode() as Node);
    // Only HubSpot's components (PascalCase): no element named after data, no HTML element.
    for (const name of words.names) expect(name).toMatch(/^[A-Z][A-Za-z]*$/);
    // A link goes only to a web page, never to a script scheme from data.
    for (const href of words.links) expect(href).toMatch(/^(https?:\/\/|\{"url":"https?:\/\/)/);
    const all = [...words.texts, ...words.props].join('\n');
    expect(all).not.toMatch(/"schemaVersion"|\[object Object\]|undefined/);
    return { words, all };
  }

  describe(`${card}: bad-input corpus, ${cases.length} cases`, () => {
    it.each(cases.map((c) => [c.id, c] as const))('%s: shows the message and what is valid, data only as text', (_id, c: CorpusCase) => {
      const properties = hubspotValues(core, c);
      const { words, all } = render(properties);
      const view = core.viewOf(c.kind, core.parseHubSpotProperties(c.kind, properties), { locale: 'en-US', timeZone: 'UTC', now });
      if (view.state === 'ready') for (const notice of view.notices) expect(all).toContain(notice.text);
      else expect(all).toContain(view.stateText);
      const shows = c.expect.shows ?? [];
      if (shows.length > 0) expect(shows.filter((shown) => all.includes(shown))).not.toEqual([]);
      if (c.id.endsWith('/markup-everywhere')) {
        // The markup reaches the screen as the content of a Text (or a text prop), whole.
        expect(words.texts.some((t) => t.includes(MARKUP)) || words.props.some((p) => p.includes(MARKUP))).toBe(true);
      }
    });
  });

  describe(`${card}: fast-check over the render path`, () => {
    const bases = basePayloads(core);
    const edits = payloadEdits(fc);

    it(`renders ${CARD_RUNS} mutated payloads of ${kinds.join(' and ')} without a throw or components from data (seed ${SEED})`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...kinds), edits, (kind, changes) => {
          render({ [core.hubspotPropertyName(core.contexts[kind].storage.document)]: mutatedText(bases[kind], changes) });
        }),
        { seed: SEED, numRuns: CARD_RUNS },
      );
    });
  });
}
