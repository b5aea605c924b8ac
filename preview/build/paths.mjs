/** Where the preview finds each part of the product, relative to the repository. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const previewRoot = path.join(repoRoot, 'preview');
export const forceAppRoot = path.join(repoRoot, 'force-app', 'main', 'default');
export const lwcRoot = path.join(forceAppRoot, 'lwc');
export const hubspotCardsRoot = path.join(repoRoot, 'hubspot-project', 'src', 'app', 'cards');
export const defaultOutDir = path.join(previewRoot, 'dist');
export const sldsAssets = path.join(repoRoot, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
