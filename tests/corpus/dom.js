/**
 * Reading a rendered Lightning web component the way a person sees it: text and elements across
 * every shadow root (each child component keeps its own). Used by the LWC corpus tests.
 */

/** Every node under `root`, descending into shadow roots. */
function walk(root, visit) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    visit(node);
    if (node.shadowRoot) stack.push(node.shadowRoot);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** All the text a card shows, across shadow roots, in document order. */
function deepText(root) {
  const parts = [];
  walk(root, (node) => {
    if (node.nodeType === 3) parts.push(node.data);
  });
  return parts.join('');
}

/** Elements matching `selector` anywhere under `root`, across shadow roots. */
function deepQueryAll(root, selector) {
  const found = [];
  walk(root, (node) => {
    if (node.nodeType === 1 && node.matches(selector)) found.push(node);
  });
  return found;
}

/** Elements data markup could create if a card ever rendered text as HTML. */
const MARKUP_ELEMENTS = 'script, img, iframe, object, embed, svg script, [onerror], [onload], [onclick]';

/** Elements carrying an attribute whose value came from a data link with a script scheme. */
function scriptLinks(root) {
  return deepQueryAll(root, '[href], [src]').filter((node) =>
    /^\s*(javascript|data|vbscript):/i.test(node.getAttribute('href') || node.getAttribute('src') || ''),
  );
}

module.exports = { deepText, deepQueryAll, scriptLinks, MARKUP_ELEMENTS };
