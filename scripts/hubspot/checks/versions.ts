/**
 * The cards are built by HubSpot from their own package.json, but tested here against the root's
 * packages: both must name the same versions, or the tests would vouch for code HubSpot never runs.
 */
import type { Finding } from '../project';

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

export function checkVersions(root: Manifest, parts: Array<{ name: string; manifest: Manifest }>): Finding[] {
  const findings: Finding[] = [];
  const rootVersions = { ...root.devDependencies, ...root.dependencies };
  for (const { name, manifest } of parts)
    for (const [pkg, version] of Object.entries(manifest.dependencies ?? {})) {
      if (version.startsWith('file:')) continue;
      if (rootVersions[pkg] === undefined)
        findings.push({ check: 'versions', message: `${name} depends on ${pkg}, which the root package.json does not install for tests` });
      else if (rootVersions[pkg] !== version)
        findings.push({ check: 'versions', message: `${name} pins ${pkg}@${version} but the root has ${rootVersions[pkg]}` });
    }
  return findings;
}
