/** The sample book as the preview's records (filled in once shared/samples lands). */
import type { Dataset } from './dataset';

export function sampleDataset(): Dataset {
  return { salesforce: [], hubspot: { objects: [], associations: [] }, pages: [] };
}
