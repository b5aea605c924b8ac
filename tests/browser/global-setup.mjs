/**
 * Builds the preview once per test run (reusing an identical earlier build) and serves it on a free
 * port of 127.0.0.1 for every browser test file. Problems are handed to the tests, which fail with
 * them, so the rest of `npm test` still runs and reports.
 */
import { createRequire } from 'node:module';
import { buildPreview } from '../../preview/build/index.mjs';

const require = createRequire(import.meta.url);
const { serve } = require('../../preview/server.cjs');
const { findChromium, missingMessage } = require('./chromium.cjs');

export default async function globalSetup() {
  delete process.env.HANDOFF_PREVIEW_ERROR;
  const chromium = findChromium();
  if (!chromium) {
    process.env.HANDOFF_PREVIEW_ERROR = missingMessage;
    return;
  }
  process.env.HANDOFF_PREVIEW_CHROMIUM = chromium;
  try {
    const { outDir } = await buildPreview();
    const { server, url } = await serve({ root: outDir, port: 0 });
    globalThis.__handoffPreviewServer = server;
    process.env.HANDOFF_PREVIEW_URL = url;
  } catch (error) {
    process.env.HANDOFF_PREVIEW_ERROR = `The preview did not build: ${error && error.stack ? error.stack : error}`;
  }
}
