/** Lints the cards and the app function with scripts/hubspot/eslint.config.mjs; warnings count too. */
import path from 'node:path';
import { ESLint } from 'eslint';
import type { Finding } from '../project';

export async function checkLint(srcDir: string): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: srcDir,
    overrideConfigFile: path.join(__dirname, '..', 'eslint.config.mjs'),
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(['app/**/*.{js,jsx,ts,tsx}']);
  const findings: Finding[] = [];
  for (const result of results)
    for (const message of result.messages)
      findings.push({
        check: 'eslint',
        message: `${path.relative(srcDir, result.filePath)}:${message.line}:${message.column} ${message.message} (${message.ruleId ?? 'parse'})`,
      });
  return findings;
}
