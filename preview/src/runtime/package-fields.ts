/** The package's own fields and properties, named by the core (never typed by hand here). */
import { columnsOf, contexts, enumValues, hubspotPropertyName, kinds, salesforceFieldName, type ColumnType } from '@handoff-context/core';
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
  const propertyOptions = new Map<string, Set<string>>();
  for (const kind of kinds) {
    for (const { column, path } of columnsOf(kind)) {
      for (const object of contexts[kind].storage.salesforce) (fields[object] ??= {})[salesforceFieldName(column)] = uiApiTypes[column.type];
      properties.add(hubspotPropertyName(column));
      if (column.type === 'picklist' && path) propertyOptions.set(hubspotPropertyName(column), new Set(enumValues(kind, path)));
    }
  }
  return { fields, properties, propertyOptions };
}

const built = build();
export const packageFields = built.fields;
export const packageProperties = built.properties;
/** The enumeration properties' options, which HubSpot holds a value to. */
export const packagePropertyOptions = built.propertyOptions;
