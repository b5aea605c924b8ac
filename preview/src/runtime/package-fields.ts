/** The package's own fields and properties, named by the core (never typed by hand here). */
import { columnsOf, contexts, hubspotPropertyName, kinds, salesforceFieldName, type ColumnType } from '@handoff-context/core';
import type { SalesforceObject } from './salesforce-service';

const uiApiTypes: Record<ColumnType, string> = {
  number: 'double',
  percent: 'percent',
  datetime: 'dateTime',
  date: 'date',
  text: 'string',
  picklist: 'picklist',
  longtext: 'textArea',
};

function build() {
  const fields: Partial<Record<SalesforceObject, Record<string, string>>> = { Lead: {}, Contact: {}, Opportunity: {}, Account: {} };
  const properties = new Set<string>();
  for (const kind of kinds) {
    for (const { column } of columnsOf(kind)) {
      for (const object of contexts[kind].storage.salesforce) (fields[object] ??= {})[salesforceFieldName(column)] = uiApiTypes[column.type];
      properties.add(hubspotPropertyName(column));
    }
  }
  return { fields, properties };
}

const built = build();
export const packageFields = built.fields;
export const packageProperties = built.properties;
