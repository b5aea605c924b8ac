/**
 * Every property a card reads must exist in the portal: either one of HubSpot's own properties, or
 * one of the definitions `npm run setup:hubspot` creates from hubspot-project/setup/properties.json.
 */
import type { Finding } from '../project';

export interface PropertyDefinitions {
  byObjectType: Record<string, Array<{ name: string }>>;
}

export interface CardRead {
  objectType: string;
  properties: string[];
  associations: Array<{ toObjectType: string; properties: string[] }>;
}

/** HubSpot's default properties the cards rely on (present in every portal). */
export const builtInProperties: Record<string, string[]> = {
  contacts: ['lastmodifieddate', 'firstname', 'lastname', 'email'],
  deals: ['hs_lastmodifieddate', 'dealname', 'dealstage', 'closedate', 'hs_is_closed_won', 'amount'],
  companies: ['hs_lastmodifieddate', 'name', 'domain'],
};

export function checkProperties(cardReads: Record<string, CardRead>, definitions: PropertyDefinitions, cardUids: string[]): Finding[] {
  const findings: Finding[] = [];
  const exists = (objectType: string, name: string) =>
    (builtInProperties[objectType] ?? []).includes(name) || (definitions.byObjectType[objectType] ?? []).some((p) => p.name === name);
  const check = (uid: string, objectType: string, names: string[]) => {
    for (const name of names)
      if (!exists(objectType, name))
        findings.push({
          check: 'properties',
          message: `${uid} reads ${objectType}.${name}, which is neither a HubSpot property nor in setup/properties.json (run npm run generate)`,
        });
  };
  for (const [uid, read] of Object.entries(cardReads)) {
    check(uid, read.objectType, read.properties);
    for (const association of read.associations) check(uid, association.toObjectType, association.properties);
  }
  for (const uid of cardUids) if (!cardReads[uid]) findings.push({ check: 'properties', message: `card ${uid} has no entry in cards/utils/properties.ts` });
  for (const uid of Object.keys(cardReads))
    if (!cardUids.includes(uid)) findings.push({ check: 'properties', message: `cards/utils/properties.ts lists ${uid}, which no card hsmeta file declares` });
  return findings;
}
