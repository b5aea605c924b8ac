/**
 * The formatter leaves generated files to their generators: each one Prettier could format is in
 * .prettierignore, so `npm run format` never makes a generated file differ from what its generator
 * writes (tests/generated*.test.ts hold them to that).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expectedFiles } from '../scripts/generated';

const root = path.join(__dirname, '..');

/** The files Prettier would format, asked in a child process (its API is ESM-only, Jest's VM is not). */
function formattable(files: string[]): string[] {
  const script = `
    import { getFileInfo } from 'prettier';
    const ignorePath = ['.gitignore', '.prettierignore'];
    const files = JSON.parse(process.argv[1]);
    const infos = await Promise.all(files.map((file) => getFileInfo(file, { ignorePath })));
    console.log(JSON.stringify(files.filter((file, i) => !infos[i].ignored && infos[i].inferredParser)));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(files)], { cwd: root, encoding: 'utf8' }));
}

it('leaves every generated file to its generator', async () => {
  const generated = (await expectedFiles()).map((file) => file.path);
  expect(generated.length).toBeGreaterThan(0);
  expect(formattable(generated)).toEqual([]);
});
