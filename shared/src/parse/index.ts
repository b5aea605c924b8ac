/** Parsing: stored payloads and platform records → typed results. Nothing here throws. */
export * from './result';
export { parsePayload, MAX_PROBLEMS, type ParseOptions } from './payload';
export { otherKindOf } from './kind';
export { parseSalesforceRecord, type UiApiRecord } from './salesforce';
export { parseHubSpotProperties, type HubSpotProperties } from './hubspot';
export { toDate, toInstant, toNumber, type RecordOptions } from './columns';
export { describeExpected, describeValue } from './problems';
export { pathText, registryPath, schemaAt, titleOf } from './paths';
