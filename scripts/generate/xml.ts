/** Just enough XML writing for Salesforce metadata: escaped text, nested elements, a marker comment. */
import { generatedMarker } from './output';

export type XmlValue = string | number | boolean;
export interface XmlElement {
  name: string;
  content: XmlValue | XmlElement[];
}

export function el(name: string, content: XmlValue | XmlElement[]): XmlElement {
  return { name, content };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function render(element: XmlElement, depth: number): string {
  const indent = '    '.repeat(depth);
  if (Array.isArray(element.content)) {
    const inner = element.content.map((child) => render(child, depth + 1)).join('');
    return `${indent}<${element.name}>\n${inner}${indent}</${element.name}>\n`;
  }
  return `${indent}<${element.name}>${escapeXml(String(element.content))}</${element.name}>\n`;
}

/**
 * A Metadata API document: declaration, the generated marker, then the root in the metadata namespace.
 * `markerInside` puts the marker inside the root: source-deploy-retrieve refuses to merge a child
 * component (a CustomField into its object) whose file has a comment before the root.
 */
export function metadataXml(root: string, children: XmlElement[], note = generatedMarker, markerInside = false): string {
  if (note.includes('--')) throw new Error('an XML comment cannot contain "--"');
  const body = children.map((child) => render(child, 1)).join('');
  const open = `<${root} xmlns="http://soap.sforce.com/2006/04/metadata">`;
  if (markerInside) return `<?xml version="1.0" encoding="UTF-8"?>\n${open}\n    <!-- ${note} -->\n${body}</${root}>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${note} -->\n${open}\n${body}</${root}>\n`;
}
