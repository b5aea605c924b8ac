/** Every file of every Lightning web component compiles with the LWC compiler. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Finding, type SalesforceProject, lwcBundles, relative } from '../project';

export function checkCompile(project: SalesforceProject): { findings: Finding[]; files: number } {
  // Required here: the compiler is only needed by this check.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose
  const { transformSync } = require('@lwc/compiler') as typeof import('@lwc/compiler');
  const findings: Finding[] = [];
  let files = 0;
  for (const bundle of lwcBundles(project)) {
    for (const file of bundle.files) {
      files += 1;
      try {
        const result = transformSync(readFileSync(file, 'utf8'), path.basename(file), { namespace: 'c', name: bundle.name });
        for (const diagnostic of result.warnings ?? [])
          if (diagnostic.level !== undefined && diagnostic.level <= 1)
            findings.push({ check: 'compile', message: `${relative(project, file)}: ${diagnostic.message}` });
      } catch (error) {
        findings.push({ check: 'compile', message: `${relative(project, file)}: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { findings, files };
}
