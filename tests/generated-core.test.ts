/**
 * The core bundle that ships to Salesforce as the LWC service module c/handoffCore: small enough,
 * accepted by the LWC compiler, and free of runtime code generation (Salesforce's CSP forbids it).
 */
import { transformSync as lwcTransform } from '@lwc/compiler';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as vm from 'node:vm';
import { kinds } from '../shared/src/contexts';
import { lwcCoreFiles } from '../scripts/build';
import { salesforceApiVersion } from '../scripts/salesforce-api-version';

let js = '';
let meta = '';

beforeAll(async () => {
  const [bundle, bundleMeta] = await lwcCoreFiles();
  js = bundle.content;
  meta = bundleMeta.content;
}, 60_000);

/** Loads the bundle in a fresh realm where generating code from strings fails, as under a strict CSP. */
function loadWithoutCodeGeneration() {
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
  const commonJs = transformSync(js, { format: 'cjs', target: 'es2020' }).code;
  vm.runInContext(`(function (module, exports) {${commonJs}\n})(module, module.exports);`, context);
  return { core: (sandbox.module as { exports: any }).exports, attempts };
}

describe('c/handoffCore', () => {
  it('stays well under the 128 KB limit of an LWC JavaScript file', () => {
    const size = Buffer.byteLength(js);
    expect(size).toBeLessThan(128 * 1024);
    // The build prints both sizes; this keeps an eye on growth.
    expect(gzipSync(js).length).toBeLessThan(size / 2);
  });

  it('contains no eval and no Function constructor call', () => {
    expect(js).not.toMatch(/\beval\s*\(/);
    expect(js).not.toMatch(/new\s+Function\s*\(/);
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

  it('compiles as an LWC module and is not exposed to page builders', () => {
    expect(() => lwcTransform(js, 'handoffCore.js', { namespace: 'c', name: 'handoffCore' })).not.toThrow();
    expect(meta).toContain('<isExposed>false</isExposed>');
    expect(meta).toContain(`<apiVersion>${salesforceApiVersion}</apiVersion>`);
  });

  it('is deterministic: two builds give the same bytes', async () => {
    const [again] = await lwcCoreFiles();
    expect(again.content).toBe(js);
  }, 60_000);
});
