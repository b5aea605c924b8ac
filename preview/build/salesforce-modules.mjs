/**
 * A rollup plugin that answers the imports a component can only resolve on the platform:
 * `c/*` from force-app, `lightning/ui*Api`, `lightning/graphql` and toasts from the preview's data adapters, and the
 * `@salesforce/*` scoped modules (labels, schema, i18n, user, permissions) from the package metadata
 * and the page's switches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lwcRoot, previewRoot } from './paths.mjs';
import { readLabels } from './labels.mjs';

const platformDir = path.join(previewRoot, 'src', 'salesforce', 'platform');
const platformModules = {
    'lightning/uiRecordApi': 'uiRecordApi.js',
    'lightning/uiRelatedListApi': 'uiRelatedListApi.js',
    'lightning/uiObjectInfoApi': 'uiObjectInfoApi.js',
    'lightning/graphql': 'graphql.js',
    'lightning/platformShowToastEvent': 'platformShowToastEvent.js',
    'lightning/refresh': 'refresh.js',
};

const VIRTUAL = '\0preview-sf:';
const closedGates = new Set(['@salesforce/gate/bc.260.enableComboboxElementInternals']);
const settings = 'globalThis.__handoffPreview.settings';

// The locale-dependent i18n modules our cards (and the base components) read; the rest keep the
// base components' own en-US values.
const i18n = {
    locale: `${settings}.locale`,
    lang: `${settings}.locale.split('-')[0]`,
    timeZone: `${settings}.timeZone`,
    currency: `'USD'`,
    dir: `'ltr'`,
};

export function salesforceModules({ lwcDir = lwcRoot } = {}) {
    let labels;
    return {
        name: 'handoff-preview-salesforce-modules',
        buildStart() {
            labels = readLabels();
        },
        resolveId(source, importer) {
            if (source.startsWith(VIRTUAL)) return source;
            // Synthetic shadow (as in Lightning Experience) has no ElementInternals: keep that base-component gate closed.
            if (closedGates.has(source)) return VIRTUAL + 'closed-gate';
            // The preview is left-to-right only: the mirrored icon sets would double the build for nothing.
            if (/^lightning\/iconSvgTemplates\w*Rtl$/.test(source)) return VIRTUAL + 'rtl-icons';
            if (platformModules[source]) return path.join(platformDir, platformModules[source]);
            if (source.startsWith('c/')) {
                const name = source.slice(2);
                const file = path.join(lwcDir, name, `${name}.js`);
                if (fs.existsSync(file)) return file;
                this.error(`${source} (imported by ${importer}) has no ${path.relative(previewRoot, file)}`);
            }
            const scoped = /^@salesforce\/(label|schema|i18n|user|customPermission|userPermission)\/(.+)$/.exec(source);
            if (!scoped) return null;
            if (scoped[1] === 'i18n' && !i18n[scoped[2]]) return null; // the base components' stubs answer
            if (scoped[1] === 'label' && !scoped[2].startsWith('c.')) return null; // base components' own labels
            return VIRTUAL + source;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const source = id.slice(VIRTUAL.length);
            if (source === 'labels') return `export default ${JSON.stringify(labels)};`;
            if (source === 'rtl-icons') return `export default null;`;
            if (source === 'closed-gate') return `export default { isOpen: () => false };`;
            const [, scope, rest] = /^@salesforce\/([^/]+)\/(.+)$/.exec(source);
            switch (scope) {
                case 'label': {
                    const name = rest.slice(2);
                    if (labels.en[name] === undefined) this.warn(`custom label ${name} is not in force-app/main/default/labels`);
                    return [
                        `import tables from '${VIRTUAL}labels';`,
                        `const language = ${settings}.locale.split('-')[0];`,
                        `const table = tables[language] || {};`,
                        `export default table[${JSON.stringify(name)}] ?? tables.en[${JSON.stringify(name)}] ?? ${JSON.stringify(`c.${name}`)};`,
                    ].join('\n');
                }
                case 'schema': {
                    const [objectApiName, ...field] = rest.split('.');
                    const value = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
                    return `export default ${JSON.stringify(value)};`;
                }
                case 'i18n':
                    return `export default ${i18n[rest]};`;
                case 'user':
                    return rest === 'Id' ? `export default globalThis.__handoffPreview.salesforce.userId;` : `export default undefined;`;
                case 'customPermission':
                case 'userPermission':
                    // A user without the permission sets has neither the package's custom permissions nor extras.
                    return `export default !${settings}.noAccess;`;
                default:
                    return null;
            }
        },
    };
}
