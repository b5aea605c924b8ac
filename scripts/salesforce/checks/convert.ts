/** The source converts to Metadata API format with Salesforce's own library, as a deploy would. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, SalesforceProject } from '../project';

export async function checkConversion(project: SalesforceProject): Promise<{ findings: Finding[]; components: number }> {
  const { ComponentSet, MetadataConverter } = await import('@salesforce/source-deploy-retrieve');
  const output = mkdtempSync(path.join(os.tmpdir(), 'hc-mdapi-'));
  try {
    const set = ComponentSet.fromSource({ fsPaths: project.packageDirectories });
    const components = set.getSourceComponents().toArray();
    await new MetadataConverter().convert(set, 'metadata', { type: 'directory', outputDirectory: output, genUniqueDir: false });
    return { findings: [], components: components.length };
  } catch (error) {
    return { findings: [{ check: 'convert', message: (error as Error).message }], components: 0 };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
