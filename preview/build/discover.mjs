/**
 * Which cards exist and where each one goes, read from the cards' own metadata (the js-meta.xml
 * record-page targets of the LWC components, the -hsmeta.json files of the HubSpot cards), so the
 * preview places every card exactly where an admin could.
 */
import fs from 'node:fs';
import path from 'node:path';
import { blocks, elements, text } from './xml.mjs';
import { hubspotCardsRoot, lwcRoot } from './paths.mjs';

const RECORD_PAGE = 'lightning__RecordPage';

/** `handoffLeadScore` → `c-handoff-lead-score` */
export function tagName(name, namespace = 'c') {
    return `${namespace}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function coerce(type, value) {
    if (value === undefined) return undefined;
    if (type === 'Boolean') return value === 'true';
    if (type === 'Integer') return Number(value);
    return value;
}

export function salesforceCards(root = lwcRoot) {
    if (!fs.existsSync(root)) return [];
    const cards = [];
    for (const name of fs.readdirSync(root).sort()) {
        const meta = path.join(root, name, `${name}.js-meta.xml`);
        if (!fs.existsSync(meta)) continue;
        const xml = fs.readFileSync(meta, 'utf8');
        if (text(xml, 'isExposed') !== 'true') continue;
        const targets = blocks(xml, 'targets').flatMap((t) => blocks(t, 'target').map((x) => x.trim()));
        if (!targets.includes(RECORD_PAGE)) continue;
        let objects = [];
        let properties = [];
        for (const config of xml.matchAll(/<targetConfig\s+targets="([^"]*)"[^>]*>([\s\S]*?)<\/targetConfig>/g)) {
            if (
                !config[1]
                    .split(',')
                    .map((t) => t.trim())
                    .includes(RECORD_PAGE)
            )
                continue;
            objects = blocks(config[2], 'object').map((o) => o.trim());
            properties = elements(config[2], 'property').map((p) => ({
                name: p.name,
                type: p.type,
                label: p.label,
                value: coerce(p.type, p.default),
            }));
        }
        cards.push({
            name,
            tag: tagName(name),
            label: text(xml, 'masterLabel') ?? name,
            module: `c/${name}`,
            objects,
            properties,
        });
    }
    return cards;
}

export function hubspotCards(root = hubspotCardsRoot) {
    if (!fs.existsSync(root)) return [];
    const cards = [];
    for (const file of fs.readdirSync(root).sort()) {
        if (!file.endsWith('-hsmeta.json')) continue;
        let meta;
        try {
            meta = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
        } catch (error) {
            throw new Error(`${file} is not valid JSON: ${error.message}`);
        }
        if (meta.type !== 'card' || !meta.config) continue;
        // The entrypoint is project-relative ("/app/cards/X.tsx"): the file sits beside the hsmeta.
        const entry = path.join(root, path.basename(meta.config.entrypoint));
        if (!fs.existsSync(entry)) throw new Error(`${file}: entrypoint ${meta.config.entrypoint} does not exist`);
        cards.push({
            uid: meta.uid,
            label: meta.config.name ?? meta.uid,
            location: meta.config.location,
            objectTypes: (meta.config.objectTypes ?? []).map(normaliseObjectType),
            entry,
        });
    }
    return cards;
}

// hsmeta objectTypes are written as CONTACT / contacts / 0-1 depending on the template.
const objectTypeIds = { '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals' };
export function normaliseObjectType(value) {
    const v = String(value).toLowerCase();
    if (objectTypeIds[v]) return objectTypeIds[v];
    return v.endsWith('s') ? (v === 'companys' ? 'companies' : v) : v === 'company' ? 'companies' : `${v}s`;
}
