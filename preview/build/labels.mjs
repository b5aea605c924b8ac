/**
 * The custom labels the Salesforce cards import (`@salesforce/label/c.X`), read from the package's
 * own label and translation metadata, so the preview shows exactly the text an org would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { blocks, text } from './xml.mjs';
import { forceAppRoot } from './paths.mjs';

function xmlFiles(dir, suffix) {
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => ({ file: f, xml: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** `{ en: { HC_X: 'text' }, fr: { HC_X: 'texte' } }`: English from the labels, others from translations. */
export function readLabels(root = forceAppRoot) {
    const tables = { en: {} };
    for (const { xml } of xmlFiles(path.join(root, 'labels'), '.labels-meta.xml')) {
        for (const label of blocks(xml, 'labels')) {
            const name = text(label, 'fullName');
            if (name) tables.en[name] = text(label, 'value') ?? '';
        }
    }
    for (const { file, xml } of xmlFiles(path.join(root, 'translations'), '.translation-meta.xml')) {
        const language = file.replace('.translation-meta.xml', '').split('_')[0];
        const table = (tables[language] ??= {});
        for (const label of blocks(xml, 'customLabels')) {
            const name = text(label, 'name');
            if (name) table[name] = text(label, 'label') ?? '';
        }
    }
    return tables;
}
