/** ESLint with Salesforce's recommended LWC rules is clean. */
import path from 'node:path';
import type { Finding, SalesforceProject } from '../project';

export async function checkLint(project: SalesforceProject): Promise<Finding[]> {
  const { ESLint } = await import('eslint');
  const cwd = path.join(project.root, 'force-app');
  const eslint = new ESLint({ cwd, overrideConfigFile: path.join(cwd, 'eslint.config.js') });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({ check: 'lint', message: `${path.relative(project.root, result.filePath)}:${m.line}:${m.column} ${m.message} (${m.ruleId ?? 'parse'})` })),
  );
}
