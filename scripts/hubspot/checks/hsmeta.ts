/**
 * Checks every `*-hsmeta.json` file against what platform 2026.03 accepts for the component types
 * this app uses. HubSpot validates against its own schemas only at upload (it needs an account), so
 * this catches a misspelt key, a wrong location or a missing entrypoint offline.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { Finding } from '../project';

export const cardLocations = ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'] as const;
export const crmObjectTypes = ['contacts', 'companies', 'deals', 'tickets'] as const;

const uid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and - only (at most 64)');
const entrypoint = z.string().regex(/^\/app\/.+\.(jsx?|tsx?)$/, 'a path from the source folder, like /app/cards/Card.tsx');

const scopes = z.array(z.string().regex(/^[a-z][a-z0-9._-]*$/));

export const appSchema = z.strictObject({
  uid,
  type: z.literal('app'),
  config: z.strictObject({
    name: z.string().min(1).max(200),
    description: z.string().min(1).max(1000),
    distribution: z.enum(['private', 'marketplace']),
    auth: z.strictObject({
      type: z.enum(['static', 'oauth']),
      requiredScopes: scopes.min(1),
      optionalScopes: scopes,
      conditionallyRequiredScopes: scopes,
    }),
    permittedUrls: z.strictObject({
      fetch: z.array(z.url()),
      iframe: z.array(z.url()),
      img: z.array(z.url()),
    }),
    support: z
      .strictObject({
        supportEmail: z.email().optional(),
        documentationUrl: z.url().optional(),
        supportUrl: z.url().optional(),
        supportPhone: z.string().optional(),
      })
      .optional(),
  }),
});

export const cardSchema = z.strictObject({
  uid,
  type: z.literal('card'),
  config: z.strictObject({
    name: z.string().min(1).max(100),
    description: z.string().max(500).optional(),
    location: z.enum(cardLocations),
    entrypoint,
    objectTypes: z.array(z.enum(crmObjectTypes)).min(1),
  }),
});

export const appFunctionSchema = z.strictObject({
  uid,
  type: z.literal('app-function'),
  config: z.strictObject({
    entrypoint,
    secretKeys: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
  }),
});

/** Which folder each component type must sit in (HubSpot skips files elsewhere). */
const schemaByType: Record<string, { schema: z.ZodType; folder: string }> = {
  app: { schema: appSchema, folder: 'app' },
  card: { schema: cardSchema, folder: 'app/cards' },
  'app-function': { schema: appFunctionSchema, folder: 'app/functions' },
};

export function findHsMetaFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findHsMetaFiles(full));
    else if (name.endsWith('-hsmeta.json')) found.push(full);
  }
  return found.sort();
}

export interface HsMetaFile {
  file: string;
  meta: { uid: string; type: string; config: Record<string, unknown> };
}

/** Checks each file; returns the findings and the files that passed, for later checks. */
export function checkHsMeta(srcDir: string): { findings: Finding[]; files: HsMetaFile[] } {
  const findings: Finding[] = [];
  const files: HsMetaFile[] = [];
  const report = (file: string, message: string) => findings.push({ check: 'hsmeta', message: `${path.relative(srcDir, file)}: ${message}` });
  const uids = new Map<string, string>();
  const metaFiles = findHsMetaFiles(srcDir);
  if (!metaFiles.some((f) => path.relative(srcDir, f) === path.join('app', 'app-hsmeta.json')))
    findings.push({ check: 'hsmeta', message: 'app/app-hsmeta.json is missing: a project needs exactly one app' });

  for (const file of metaFiles) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      report(file, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    const type = (raw as { type?: unknown })?.type;
    const rule = typeof type === 'string' ? schemaByType[type] : undefined;
    if (!rule) {
      report(file, `type ${JSON.stringify(type)} is not one this app uses (${Object.keys(schemaByType).join(', ')})`);
      continue;
    }
    const parsed = rule.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      continue;
    }
    const meta = parsed.data as HsMetaFile['meta'];
    const folder = path.relative(srcDir, path.dirname(file)).split(path.sep).join('/');
    if (folder !== rule.folder) report(file, `a ${type} belongs directly in ${rule.folder}/, not ${folder}/`);
    const earlier = uids.get(meta.uid);
    if (earlier) report(file, `uid "${meta.uid}" is already used by ${earlier}`);
    uids.set(meta.uid, path.relative(srcDir, file));
    const entry = meta.config.entrypoint;
    if (typeof entry === 'string') {
      if (!entry.startsWith(`/${rule.folder}/`)) report(file, `entrypoint ${entry} must be inside /${rule.folder}/`);
      if (!existsSync(path.join(srcDir, entry))) report(file, `entrypoint ${entry} does not exist`);
    }
    files.push({ file, meta });
  }
  return { findings, files };
}
