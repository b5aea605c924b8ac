// Loaded into the `handoff import` child of bench/spine.ts (node --require): at exit, its peak resident
// memory goes to file descriptor 3, which the bench reads. Node gives maxRSS in kilobytes.
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  } catch {
    // no descriptor 3: started by hand
  }
});
