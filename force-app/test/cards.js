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
