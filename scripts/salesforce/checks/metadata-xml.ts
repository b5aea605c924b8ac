/**
 * Every metadata XML file in force-app is written in its Metadata API type: each element is one the
 * type (or the type it extends) declares, required elements are there, and true/false and number
 * values are spelled as the API reads them. The types come from jsforce's description of the
 * Metadata API (`jsforce/lib/api/metadata/schema`), so a misspelt or misplaced element is found
 * here rather than by a deploy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { type Finding, type SalesforceProject, relative } from '../project';

type PropType = string | [string];
interface TypeSchema {
  type: string;
  props: Record<string, PropType>;
  extends?: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data module with no types of its own
const { ApiSchemas } = require('jsforce/lib/api/metadata/schema') as { ApiSchemas: Record<string, TypeSchema> };

const primitives = new Set(['string', 'boolean', 'number', 'any']);

/**
 * Where jsforce's description lags the Metadata API Developer Guide: CustomPermission's isLicensed
 * (documented since API 31.0), and a component's targetConfigs, which jsforce keeps as raw text but
 * the platform reads as elements that its own schema checks (the compile check runs the LWC compiler).
 */
const documentedElements: Record<string, Record<string, PropType>> = {
  CustomPermission: { isLicensed: '?boolean' },
  LightningComponentBundle: { targetConfigs: '?any' },
};

function propsOf(typeName: string): Record<string, PropType> | undefined {
  const schema = ApiSchemas[typeName];
  if (!schema) return undefined;
  return { ...(schema.extends ? propsOf(schema.extends) : {}), ...schema.props, ...documentedElements[typeName] };
}

function metadataFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : metadataFiles(full);
    return entry.name.endsWith('-meta.xml') ? [full] : [];
  });
}

function checkValue(where: string, typeName: string, value: unknown, found: (message: string) => void): void {
  if (typeName === 'any') return;
  if (primitives.has(typeName)) {
    if (typeof value === 'object' && value !== null) return found(`${where} holds elements, but the type is ${typeName}`);
    const text = String(value ?? '');
    if (typeName === 'boolean' && text !== 'true' && text !== 'false') found(`${where} is "${text}", not true or false`);
    if (typeName === 'number' && !/^-?\d+(\.\d+)?$/.test(text)) found(`${where} is "${text}", not a number`);
    return;
  }
  const props = propsOf(typeName);
  if (!props) return found(`${where} has the type ${typeName}, which the Metadata API description does not know`);
  if (typeof value !== 'object' || value === null) {
    if (String(value ?? '').trim() !== '') found(`${where} holds text, but ${typeName} is a set of elements`);
    return;
  }
  const element = value as Record<string, unknown>;
  for (const [name, child] of Object.entries(element)) {
    const prop = props[name];
    if (prop === undefined) {
      found(`${where}/${name} is not an element of ${typeName}`);
      continue;
    }
    const many = Array.isArray(prop);
    const childType = (many ? prop[0] : prop).replace(/^\?/, '');
    if (Array.isArray(child) && !many) found(`${where}/${name} appears more than once, but ${typeName} holds one`);
    for (const [index, item] of (Array.isArray(child) ? child : [child]).entries())
      checkValue(Array.isArray(child) ? `${where}/${name}[${index + 1}]` : `${where}/${name}`, childType, item, found);
  }
  for (const [name, prop] of Object.entries(props))
    if (typeof prop === 'string' && !prop.startsWith('?') && !(name in element)) found(`${where} lacks ${name}, which ${typeName} requires`);
}

export function checkMetadataXml(project: SalesforceProject): { findings: Finding[]; files: number } {
  const findings: Finding[] = [];
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, ignoreDeclaration: true, trimValues: true });
  const files = project.packageDirectories.flatMap(metadataFiles).sort();
  for (const file of files) {
    const name = relative(project, file);
    const found = (message: string) => findings.push({ check: 'metadata xml', message: `${name}: ${message}` });
    const document = parser.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const roots = Object.keys(document);
    if (roots.length !== 1) {
      found(`expected one root element, found ${roots.length}`);
      continue;
    }
    const [root] = roots;
    if (!ApiSchemas[root]) {
      found(`${root} is not a Metadata API type`);
      continue;
    }
    checkValue(root, root, document[root], found);
  }
  return { findings, files: files.length };
}
