/**
 * User text is rendered as text, never as HTML: no product source may reach for an HTML sink.
 * LWC templates and HubSpot components escape what they render; these are the ways around that.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..');

/** What ships: the Salesforce package, the HubSpot project and the core. Tests and tooling do not. */
const productRoots = ['force-app/main', 'hubspot-project/src', 'shared/src'];
const productFile = /\.(js|mjs|cjs|ts|tsx|html)$/;
const skipped = /(^|\/)(node_modules|__tests__|dist)(\/|$)/;

/** HTML sinks and string-to-code escapes, each with why it is banned. */
const banned: Array<[RegExp, string]> = [
  [/\binnerHTML\b/, 'innerHTML parses text as markup'],
  [/\bouterHTML\b/, 'outerHTML parses text as markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses text as markup'],
  [/lwc:dom\s*=\s*["']?manual/, 'lwc:dom="manual" hands the DOM to hand-written code'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML renders markup'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write parses text as markup'],
  [/\bnew Function\s*\(/, 'new Function runs text as code (and breaks the Salesforce CSP)'],
  [/(^|[^.\w])eval\s*\(/, 'eval runs text as code'],
];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (skipped.test(relative)) continue;
      if (entry.isDirectory()) visit(full);
      else if (productFile.test(entry.name)) out.push(relative);
    }
  };
  visit(path.join(root, dir));
  return out;
}

/** Every banned use in a text, as `file:line: why`. */
export function findSinks(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [pattern, why] of banned) if (pattern.test(line)) found.push(`${file}:${index + 1}: ${why}`);
  });
  return found;
}

describe('user text is rendered as text, never as HTML', () => {
  const files = productRoots.flatMap(filesUnder);

  it('scans the Salesforce components, the HubSpot cards and function, and the core', () => {
    expect(files.some((f) => f.startsWith('force-app/main/default/lwc/') && f.endsWith('.html'))).toBe(true);
    expect(files.some((f) => f.startsWith('hubspot-project/src/app/cards/') && f.endsWith('.tsx'))).toBe(true);
    expect(files.some((f) => f.startsWith('shared/src/view/'))).toBe(true);
    expect(files.some((f) => f.includes('__tests__'))).toBe(false);
  });

  it('finds a banned sink when one is there', () => {
    expect(findSinks('x.html', '<div lwc:dom="manual"></div>')).toHaveLength(1);
    expect(findSinks('x.js', 'this.template.querySelector("div").innerHTML = text;')).toHaveLength(1);
    expect(findSinks('x.tsx', '<div dangerouslySetInnerHTML={{ __html: text }} />')).toHaveLength(1);
    expect(findSinks('x.js', 'const run = new Function(code);')).toHaveLength(1);
    expect(findSinks('x.js', 'const safe = retrieval(text); // a word ending in eval')).toHaveLength(0);
  });

  it('no product source uses innerHTML, lwc:dom="manual", dangerouslySetInnerHTML or another HTML or code sink', () => {
    const found = files.flatMap((file) => findSinks(file, fs.readFileSync(path.join(root, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
