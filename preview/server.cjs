/**
 * A small static server for the built preview, on 127.0.0.1 only. The Lightning Design System's
 * assets are served straight from node_modules (never copied into the repository).
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const sldsAssets = path.join(__dirname, '..', 'node_modules', '@salesforce-ux', 'design-system', 'assets');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function resolve(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const [base, rest] = decoded.startsWith('/slds/') ? [sldsAssets, decoded.slice('/slds/'.length)] : [root, decoded.slice(1) || 'index.html'];
  const file = path.resolve(base, rest);
  // Never outside the two roots.
  if (file !== base && !file.startsWith(base + path.sep)) return undefined;
  return file;
}

/** Starts the server; resolves with { server, url } once it listens. Port 0 picks a free port. */
function serve({ root, port = 3000, host = '127.0.0.1' }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolve(root, url.pathname) : undefined;
    if (!file) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 400 : 405, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

module.exports = { serve };
