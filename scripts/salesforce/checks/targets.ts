/** Every object a card's js-meta.xml targets exists: a standard object, or one defined in force-app. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { type Finding, type SalesforceProject, lwcBundles } from '../project';

// Standard objects the cards may be placed on; a custom object must be defined in force-app.
const standardObjects = new Set(['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Campaign', 'Contract', 'Order', 'Quote', 'User']);

export function targetObjects(meta: string): string[] {
  const parsed = new XMLParser({ isArray: (tag) => tag === 'targetConfig' || tag === 'object' }).parse(meta);
  const configs = parsed?.LightningComponentBundle?.targetConfigs?.targetConfig ?? [];
  return configs.flatMap((config: { objects?: { object?: string[] } }) => config.objects?.object ?? []).map(String);
}

export function checkTargets(project: SalesforceProject): { findings: Finding[]; exposed: number } {
  const findings: Finding[] = [];
  let exposed = 0;
  for (const bundle of lwcBundles(project)) {
    const objects = targetObjects(bundle.meta);
    if (/<isExposed>true<\/isExposed>/.test(bundle.meta)) exposed += 1;
    for (const object of objects) {
      const defined = existsSync(path.join(project.defaultDir, 'objects', object));
      const known = object.endsWith('__c') ? defined : standardObjects.has(object) || defined;
      if (!known)
        findings.push({
          check: 'targets',
          message: `${bundle.name}.js-meta.xml targets ${object}, which is neither a standard object nor defined in force-app`,
        });
    }
  }
  return { findings, exposed };
}
