/** Test utility: mounting a card and reading what it shows. */
import { createElement } from 'lwc';
import { flushPromises } from './records';

/** Mounts a card and lets its wire configurations settle, so emissions reach it. */
export async function mount(tag, Component, props) {
    const element = createElement(tag, { is: Component });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

export function unmountAll() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

export const textOf = (element) => element.shadowRoot.textContent;
export const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);
export const child = (element, tag) => element.shadowRoot.querySelector(tag);

/** Types into a base component stub the way the real one reports a change. */
export function typeInto(input, value) {
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

// Elements that flow inside a line of text; anything else (a paragraph, a list item, a child
// component) starts a line of its own.
const INLINE_TAGS = new Set(['SPAN', 'STRONG', 'EM', 'S', 'B', 'I', 'SMALL', 'TIME', 'A', 'ABBR', 'LIGHTNING-ICON']);

/** The text pieces of each line a card shows, across shadow roots (a slot's content is the host's children). */
function linePieces(root) {
    const lines = [];
    function visit(node, line) {
        for (const inner of [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes]) {
            if (inner.nodeType === 3) line.push(inner.data);
            else if (inner.nodeType === 1 && INLINE_TAGS.has(inner.tagName)) visit(inner, line);
            else if (inner.nodeType === 1) {
                const own = [];
                lines.push(own);
                visit(inner, own);
            }
        }
    }
    const top = [];
    lines.push(top);
    visit(root, top);
    return lines.map((line) => line.filter((piece) => piece !== ''));
}

/** A card's text as a person reads it: one string per line, white space squashed. */
export function linesOf(root) {
    return linePieces(root)
        .map((line) => line.join('').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
}

/**
 * Where two texts of one line touch without a space: "Jana WeberHead of…". A template drops the
 * white space between two elements, so words can run together in what a screen reader reads and
 * textContent gives, even when a margin keeps them apart on screen. Each place as "…end|start…";
 * punctuation may touch the word before it.
 */
export function wordsRunTogether(root) {
    return linePieces(root).flatMap((pieces) =>
        pieces
            .slice(1)
            .flatMap((piece, i) => (/\S$/.test(pieces[i]) && /^[\p{L}\p{N}(+\u2212]/u.test(piece) ? [`${pieces[i].slice(-20)}|${piece.slice(0, 20)}`] : [])),
    );
}
