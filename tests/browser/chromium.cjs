/**
 * Finds the system's Chromium (no browser downloads are possible here), and says exactly what is
 * missing when there is none.
 */
const fs = require('node:fs');
const path = require('node:path');

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that let Chromium run headless as root in a container without a GPU or network chatter. */
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH || '').split(path.delimiter)) {
    for (const name of candidates) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const missingMessage =
  'No Chromium browser was found, so the browser tests cannot run. Install the system Chromium ' +
  '(Debian/Ubuntu: `apt-get install chromium`; .ci/run does this) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

module.exports = { findChromium, launchArgs, missingMessage };
