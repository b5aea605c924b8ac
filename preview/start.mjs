#!/usr/bin/env node
/** `npm start`: build the preview (or reuse an identical build), serve it, print the address. */
import { buildPreview } from './build/index.mjs';
import server from './server.cjs';

const { serve } = server;

const started = Date.now();
const port = process.env.PORT === undefined || process.env.PORT === '' ? 3000 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const { outDir, built } = await buildPreview({ log: (line) => console.log(line) });
  if (!built) console.log('The preview is up to date (no changes since the last build).');
  const { url } = await serve({ root: outDir, port });
  console.log(`\nHandoff Context preview: ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl+C to stop)`);
} catch (error) {
  if (error && error.code === 'EADDRINUSE') console.error(`Port ${port} is in use: run with another, e.g. PORT=3100 npm start.`);
  else console.error(error && error.stack ? error.stack : error);
  process.exit(1);
}
