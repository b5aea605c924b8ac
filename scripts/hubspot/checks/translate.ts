/**
 * Runs HubSpot's own project parser (the one `hs project upload` uses) offline. It reports hsmeta
 * files it would skip (misplaced, unknown type) and structural errors such as duplicate uids.
 * Schema validation needs an account, so it is skipped here; checks/hsmeta.ts covers it.
 */
import type { Finding, ProjectConfig } from '../project';

type Translate = (
  context: { projectSourceDir: string; platformVersion: string },
  options: { skipValidation: boolean },
) => Promise<{ intermediateRepresentation: { intermediateNodesIndexedByUid: Record<string, unknown> }; skippedHsMetaFiles: string[] }>;

/** Loads the parser lazily: it is an ES module with many dependencies, needed only here. */
export async function loadTranslate(): Promise<Translate> {
  const lib = (await import('@hubspot/project-parsing-lib/translate')) as unknown as { translate: Translate };
  return lib.translate;
}

export async function checkTranslate(srcDir: string, config: ProjectConfig, translate: Translate): Promise<{ findings: Finding[]; uids: string[] }> {
  const findings: Finding[] = [];
  try {
    const result = await translate({ projectSourceDir: srcDir, platformVersion: config.platformVersion }, { skipValidation: true });
    for (const skipped of result.skippedHsMetaFiles) findings.push({ check: 'translate', message: `HubSpot would skip ${skipped}` });
    return { findings, uids: Object.keys(result.intermediateRepresentation.intermediateNodesIndexedByUid ?? {}) };
  } catch (error) {
    findings.push({ check: 'translate', message: (error as Error).message });
    return { findings, uids: [] };
  }
}
