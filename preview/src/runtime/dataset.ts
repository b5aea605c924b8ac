/** What the preview shows: the records of each platform and one page per sample record. */
import type { SalesforceObject, SalesforceSeed } from './salesforce-service';
import type { HubSpotAssociation, HubSpotObjectType, HubSpotSeed } from './hubspot-service';

/** The canonical record a page shows (the core's, so a context's record type is one of them). */
import type { RecordType } from '@handoff-context/core';

export type { RecordType };

export interface PageSpec {
  /** Used in the page address, e.g. `acme-robotics`. */
  slug: string;
  type: RecordType;
  name: string;
  /** One line about the record, e.g. "Won deal, handoff submitted". */
  summary?: string;
  salesforce: Array<{ apiName: SalesforceObject; id: string }>;
  hubspot: Array<{ objectType: HubSpotObjectType; id: number }>;
}

export interface Dataset {
  salesforce: SalesforceSeed[];
  hubspot: { objects: HubSpotSeed[]; associations: HubSpotAssociation[] };
  pages: PageSpec[];
  /** The story's fixed "now" (ISO 8601): the page's clock starts there, so ages read as the book intends. */
  asOf?: string;
}
