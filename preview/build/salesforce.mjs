/**
 * Builds the Salesforce half of the preview: the real LWC components from force-app, compiled by the
 * LWC compiler with synthetic shadow and the base components, exactly as in the package.
 */
import path from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { salesforceModules } from './salesforce-modules.mjs';
import { previewRoot } from './paths.mjs';

const ENTRY = '\0preview-sf-entry';

/** The entry: every discovered card, registered with the preview runtime, which mounts them. */
export function entrySource(cards) {
    const lines = [
        `import '@lwc/synthetic-shadow';`,
        `import { createElement } from 'lwc';`,
        `import RecordHighlights from 'preview/recordHighlights';`,
        `import { fetchIconLibrary } from 'lightning-base-components/src/lightning/primitiveIcon/fetch.js';`,
        // A Lightning page has the standard and utility icon sets loaded by its own header and actions
        // long before a card's data arrives; without this, a card's first utility icon would wait for
        // a 900 KB module that only starts loading once the card renders its data.
        `fetchIconLibrary('ltr', 'standard');`,
        `fetchIconLibrary('ltr', 'utility');`,
    ];
    cards.forEach((card, i) => lines.push(`import Card${i} from ${JSON.stringify(card.module)};`));
    const list = cards.map((card, i) => `{ ...${JSON.stringify(card)}, ctor: Card${i} }`).join(',\n  ');
    lines.push(
        `const cards = [\n  ${list}\n];`,
        `function mount(container, card, props) {`,
        `  const element = createElement(card.tag, { is: card.ctor });`,
        `  for (const p of card.properties || []) if (p.value !== undefined) element[p.name] = p.value;`,
        `  Object.assign(element, props);`,
        `  container.appendChild(element);`,
        `  return element;`,
        `}`,
        `function mountHighlights(container, props) {`,
        `  const element = createElement('preview-record-highlights', { is: RecordHighlights });`,
        `  Object.assign(element, props);`,
        `  container.appendChild(element);`,
        `  return element;`,
        `}`,
        `globalThis.__handoffPreview.registerSalesforce({ cards, mount, mountHighlights });`,
    );
    return lines.join('\n');
}

export async function buildSalesforce({ cards, outDir, minify = false }) {
    const bundle = await rollup({
        input: ENTRY,
        onwarn(warning, warn) {
            if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
            // The base components' own templates trip compiler warnings that are not ours to fix.
            if (String(warning.id ?? warning.loc?.file ?? '').includes('lightning-base-components')) return;
            warn(warning);
        },
        plugins: [
            {
                name: 'handoff-preview-salesforce-entry',
                resolveId: (id) => (id === ENTRY ? ENTRY : null),
                load: (id) => (id === ENTRY ? entrySource(cards) : null),
            },
            salesforceModules(),
            replace({
                preventAssignment: true,
                values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') },
            }),
            lwc({
                modules: [{ dir: path.join(previewRoot, 'src', 'salesforce', 'lwc') }, { npm: 'lightning-base-components' }],
                // The entry is virtual; the components are plain JS/HTML/CSS.
                exclude: ['\0*'],
                enableDynamicComponents: true,
            }),
            nodeResolve(),
        ],
    });
    // ES modules with chunks: a page loads only the icon sets its cards use.
    await bundle.write({ dir: outDir, format: 'es', entryFileNames: 'salesforce.js', chunkFileNames: 'sf-[name]-[hash].js', compact: minify });
    await bundle.close();
}
