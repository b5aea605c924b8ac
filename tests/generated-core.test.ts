/**
 * The core bundle that ships to Salesforce as the LWC service module c/handoffCore: small enough,
 * accepted by the LWC compiler, and free of runtime code generation (Salesforce's CSP forbids it).
 */
import { transformSync as lwcTransform } from '@lwc/compiler';
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as vm from 'node:vm';
import { kinds } from '../shared/src/contexts';
import { cliOnlyExports, lwcCoreFiles, withoutGlossaryDescriptions } from '../scripts/build';
import { registry } from '../shared/src/registry';
import { parsePayload } from '../shared/src/parse';
import { customerHealthView, dealRiskView, handoffView, leadScoreView } from '../shared/src/view';
import { salesforceApiVersion } from '../scripts/salesforce-api-version';

let files: Awaited<ReturnType<typeof lwcCoreFiles>> = [];
let js = '';
let meta = '';
/** The LWC modules the core imports (the message catalogs), by module specifier. */
const lwcModules = new Map<string, string>();

beforeAll(async () => {
  files = await lwcCoreFiles();
  js = files.find((f) => f.path.endsWith('/handoffCore.js'))!.content;
  meta = files.find((f) => f.path.endsWith('/handoffCore.js-meta.xml'))!.content;
  for (const file of files.filter((f) => f.path.endsWith('.js') && !f.path.endsWith('/handoffCore.js')))
    lwcModules.set(`c/${file.path.split('/').at(-2)}`, file.content);
}, 60_000);

/**
 * Loads the bundle in a fresh realm where generating code from strings fails, as under a strict CSP.
 * `locker`: as Lightning Locker runs it, with no `globalThis` and no `structuredClone` in reach
 * (deleted from the realm's global object, and shadowed as undefined in the module's scope).
 */
function loadWithoutCodeGeneration({ locker = false } = {}) {
  const attempts: string[] = [];
  const sandbox: Record<string, unknown> = { module: { exports: {} }, console };
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  const realmFunction = vm.runInContext('Function', context) as FunctionConstructor;
  sandbox.Function = new Proxy(realmFunction, {
    construct(target, args) {
      attempts.push(`new Function(${args.length} arguments)`);
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      attempts.push(`Function(${args.length} arguments)`);
      return Reflect.apply(target, self, args);
    },
  });
  // The harness itself must notice the probe zod would make when not jitless.
  vm.runInContext('try { const F = Function; new F(""); } catch (e) {}', context);
  if (attempts.splice(0).length !== 1) throw new Error('the Function trap does not work');
  if (locker) {
    vm.runInContext('delete globalThis.structuredClone; delete globalThis.globalThis;', context);
    if (vm.runInContext('typeof globalThis + typeof structuredClone', context) !== 'undefinedundefined')
      throw new Error('the Locker realm still has the globals');
  }
  const load = (source: string) => {
    const module = { exports: {} };
    const commonJs = transformSync(source, { format: 'cjs', target: 'es2020' }).code;
    const requireLwc = (specifier: string) => {
      if (!lwcModules.has(specifier)) throw new Error(`the core imports ${specifier}, which is not an LWC module of the build`);
      return load(lwcModules.get(specifier)!);
    };
    if (locker)
      vm.runInContext(`(function (module, exports, require, globalThis, structuredClone) {${commonJs}\n})`, context)(
        module,
        module.exports,
        requireLwc,
        undefined,
        undefined,
      );
    else vm.runInContext(`(function (module, exports, require) {${commonJs}\n})`, context)(module, module.exports, requireLwc);
    return module.exports as any;
  };
  return { core: load(js), attempts, run: (code: string) => vm.runInContext(code, context) };
}

/** The Salesforce code that uses the core: cards, their tests and mocks (not the built modules). */
function salesforceSources(): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'force-app/**/*.js', 'force-app/**/*.html'], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && !/lwc\/handoff(Core|Catalog\w+)\//.test(f));
}

describe('c/handoffCore', () => {
  it('keeps every LWC file it ships under 128 KB (the catalogs travel as modules of their own)', () => {
    expect(lwcModules.size).toBe(2);
    for (const file of files.filter((f) => f.path.endsWith('.js'))) {
      const size = Buffer.byteLength(file.content);
      expect(`${file.path}: ${size < 128 * 1024}`).toBe(`${file.path}: true`);
      expect(gzipSync(file.content).length).toBeLessThan(size / 2);
    }
  });

  it('contains no eval and no Function constructor call', () => {
    for (const file of files.filter((f) => f.path.endsWith('.js'))) {
      expect(file.content).not.toMatch(/\beval\s*\(/);
      expect(file.content).not.toMatch(/new\s+Function\s*\(/);
    }
  });

  it('translates through the catalog modules', () => {
    const { core } = loadWithoutCodeGeneration();
    expect(core.translator('fr-FR').t('leadScore.title')).toBe(core.catalog.fr['leadScore.title']);
    expect(core.translator('fr-FR').t('leadScore.title')).not.toBe(core.translator('en-US').t('leadScore.title'));
  });

  it('parses payloads without ever generating code, because zod is configured jitless before any schema exists', () => {
    const { core, attempts } = loadWithoutCodeGeneration();
    for (const kind of kinds) {
      const payload = JSON.parse(readFileSync(join(__dirname, 'data', `${kind}.valid.json`), 'utf8'));
      expect(core.parsePayload(kind, payload).status).toBe('valid');
      expect(core.parsePayload(kind, { schemaVersion: 'x' }).status).not.toBe('valid');
    }
    expect(attempts).toEqual([]);
  });

  const sourceViews = { 'lead-score': leadScoreView, 'deal-risk': dealRiskView, 'customer-health': customerHealthView, 'sales-to-cs': handoffView };

  it('loads, parses and builds every card under Lightning Locker, which has no globalThis and no structuredClone', () => {
    expect(js).not.toMatch(/\bstructuredClone\b/);
    const { core, attempts, run } = loadWithoutCodeGeneration({ locker: true });
    const at = '2026-11-20T10:00:00Z';
    const views: Record<string, (result: unknown, options: unknown) => { state: string; title: string; notices: unknown[] }> = {
      'lead-score': core.leadScoreView,
      'deal-risk': core.dealRiskView,
      'customer-health': core.customerHealthView,
      'sales-to-cs': core.handoffView,
    };
    expect(Object.keys(views).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) {
      const payload = JSON.parse(readFileSync(join(__dirname, 'data', `${kind}.valid.json`), 'utf8'));
      const parsed = core.parsePayload(kind, payload);
      expect(parsed.status).toBe('valid');
      // The default settings, and an admin's override as the cards pass it (merged over copies of the defaults).
      for (const config of [undefined, { staleDays: { [kind]: 30 } }]) {
        // `now` is a Date of the bundle's realm, as a card's would be.
        const view = views[kind](parsed, { locale: 'fr-FR', timeZone: 'Europe/Paris', now: run(`new Date('${at}')`), config });
        expect(`${kind}: ${view.state}`).toBe(`${kind}: ready`);
        // The same French card as the core's source builds in Node.
        const options = { locale: 'fr-FR', timeZone: 'Europe/Paris', now: new Date(at), config };
        expect(JSON.stringify(view)).toBe(JSON.stringify((sourceViews as any)[kind](parsePayload(kind, payload), options)));
      }
    }
    expect(core.resolveConfig({ staleDays: { 'lead-score': 'x' } })).toEqual(core.resolveConfig(undefined));
    expect(attempts).toEqual([]);
  });

  it('compiles as LWC modules that are not exposed to page builders', () => {
    for (const file of files.filter((f) => f.path.endsWith('.js'))) {
      const name = file.path.split('/').at(-2)!;
      expect(() => lwcTransform(file.content, `${name}.js`, { namespace: 'c', name })).not.toThrow();
    }
    for (const file of files.filter((f) => f.path.endsWith('.js-meta.xml'))) {
      expect(file.content).toContain('<isExposed>false</isExposed>');
      expect(file.content).toContain(`<apiVersion>${salesforceApiVersion}</apiVersion>`);
    }
    expect(meta).toContain('<isExposed>false</isExposed>');
  });

  it('leaves out the glossary definitions, which no card reads, and keeps every registry entry', () => {
    const { core } = loadWithoutCodeGeneration();
    expect(core.registry.map((f: { path: string }) => f.path)).toEqual(registry.map((f) => f.path));
    expect(core.registry.map((f: { title: string }) => f.title)).toEqual(registry.map((f) => f.title));
    expect(core.registry.every((f: { description: string }) => f.description === '')).toBe(true);
    for (const f of registry) expect(js).not.toContain(JSON.stringify(f.description).slice(1, -1));
    // No Salesforce code (cards, their tests, their mocks) reads a glossary definition.
    const sources = salesforceSources();
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) expect(`${file}: ${/\.description\b/.test(readFileSync(join(__dirname, '..', file), 'utf8'))}`).toBe(`${file}: false`);
  });

  it('strips only the definitions given to required() and optional()', () => {
    const source = "const a = required(x, { title: 'T', description: 'gone' }); const b = { description: 'kept' }; optional(y, { description: `gone too` });";
    expect(withoutGlossaryDescriptions(source)).toBe(
      "const a = required(x, { title: 'T', description: '' }); const b = { description: 'kept' }; optional(y, { description: '' });",
    );
  });

  it('exports what the core exports but what only the CLI uses, and no card imports that', () => {
    const { core } = loadWithoutCodeGeneration();
    for (const name of cliOnlyExports) expect(core[name]).toBeUndefined();
    expect(typeof core.parseSalesforceRecord).toBe('function');
    expect(typeof core.parseHubSpotProperties).toBe('function');
    for (const file of salesforceSources()) {
      const source = readFileSync(join(__dirname, '..', file), 'utf8');
      for (const name of cliOnlyExports) expect(`${file}: ${new RegExp(`\\b${name}\\b`).test(source)}`).toBe(`${file}: false`);
    }
  });

  it('is deterministic: two builds give the same bytes', async () => {
    const again = await lwcCoreFiles();
    expect(again).toEqual(files);
  }, 60_000);
});
