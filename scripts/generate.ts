/**
 * npm run generate            write every file derived from the core registry
 * npm run generate -- --check fail, naming each stale file, when a committed file differs from what
 *                             the registry (or the core bundle) would produce
 */
import { checkGenerated, describeStale, writeGenerated } from './generated';

async function main(args: string[]): Promise<number> {
  if (args.includes('--check')) {
    const report = await checkGenerated();
    if (report.stale.length === 0) {
      console.log('generated files are up to date');
      return 0;
    }
    console.error(`${report.stale.length} generated file(s) are stale:\n${describeStale(report)}`);
    return 1;
  }
  const { written, removed } = writeGenerated();
  console.log(`wrote ${written.length} files${removed.length ? `, removed ${removed.join(', ')}` : ''}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`generate failed: ${error.message}`);
    process.exitCode = 1;
  },
);
