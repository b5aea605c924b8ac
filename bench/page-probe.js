/*
 * Runs in the preview page before any of its scripts (an init script of the bench). It keeps only
 * the card under test (window.__benchCard), so no other card shares the main thread, and notes the
 * time of every DOM change inside a card slot. It holds the browser's own DOM functions, taken before
 * LWC's synthetic shadow patches them, so the shadow trees of the Salesforce cards are seen and copied
 * as they really are.
 */
(() => {
  const NativeObserver = window.MutationObserver;
  const observe = NativeObserver.prototype.observe;
  const parentOf = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode').get;
  const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  const appendChild = Node.prototype.appendChild;
  const removeChild = Node.prototype.removeChild;
  const createElement = Document.prototype.createElement;
  const hasAttribute = Element.prototype.hasAttribute;
  const only = window.__benchCard;

  const probe = { mutations: [], only };
  window.__benchProbe = probe;

  function slotOf(node) {
    for (let n = node; n; n = parentOf.call(n)) if (n.nodeType === 1 && hasAttribute.call(n, 'data-platform-card')) return n;
    return undefined;
  }

  const observer = new NativeObserver((records) => {
    const at = performance.now();
    for (const record of records) {
      const slot = slotOf(record.target);
      if (slot) {
        probe.mutations.push({ card: slot.getAttribute('data-card'), at });
        break;
      }
    }
  });
  observe.call(observer, document, { childList: true, subtree: true, attributes: true, characterData: true });

  /**
   * The card's final DOM as static HTML, inserted at the card's place: median milliseconds of one
   * insertion over `times` samples of 10 insertions each (the page's clock ticks in 0.1 ms steps).
   */
  probe.staticInsert = (card, times) => {
    const slot = document.querySelector(`[data-card="${card}"]`);
    const html = innerHtml.get.call(slot);
    const parent = parentOf.call(slot);
    const batch = 10;
    const durations = [];
    for (let i = 0; i < times; i++) {
      const copies = [];
      const start = performance.now();
      for (let j = 0; j < batch; j++) {
        const copy = createElement.call(document, 'div');
        innerHtml.set.call(copy, html);
        appendChild.call(parent, copy);
        copies.push(copy);
      }
      durations.push((performance.now() - start) / batch);
      for (const copy of copies) removeChild.call(parent, copy);
    }
    durations.sort((a, b) => a - b);
    return { ms: durations[Math.floor(durations.length / 2)], htmlLength: html.length };
  };

  const childNodesOf = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes').get;
  const tagOf = Object.getOwnPropertyDescriptor(Element.prototype, 'tagName').get;
  const attributesOf = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes').get;
  const dataOf = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data').get;

  /** The card's final DOM as a plain tree (elements and non-blank text), for the framework floors. */
  probe.tree = (card) => {
    const walk = (node) => {
      if (node.nodeType === 3) return dataOf.call(node).trim() === '' ? undefined : dataOf.call(node);
      if (node.nodeType !== 1) return undefined;
      const attributes = {};
      for (const a of attributesOf.call(node)) attributes[a.name] = a.value;
      const children = [...childNodesOf.call(node)].map(walk).filter((c) => c !== undefined);
      return { tag: tagOf.call(node).toLowerCase(), svg: node.namespaceURI === 'http://www.w3.org/2000/svg', attributes, children };
    };
    return [...childNodesOf.call(document.querySelector(`[data-card="${card}"]`))].map(walk).filter((c) => c !== undefined);
  };

  // Keep only the card under test: wrap the runtime's registration as it is assigned.
  let preview;
  Object.defineProperty(window, '__handoffPreview', {
    configurable: true,
    get: () => preview,
    set(value) {
      preview = value;
      if (!only || !value) return;
      const keep = (bundle, id) => ({
        ...bundle,
        cards: bundle.cards.filter((c) => id(c) === only),
        mountHighlights: () => createElement.call(document, 'div'),
      });
      const registerSalesforce = value.registerSalesforce;
      const registerHubSpot = value.registerHubSpot;
      value.registerSalesforce = (bundle) =>
        registerSalesforce.call(
          value,
          keep(bundle, (c) => c.tag),
        );
      value.registerHubSpot = (bundle) =>
        registerHubSpot.call(
          value,
          keep(bundle, (c) => c.uid),
        );
    },
  });
})();
