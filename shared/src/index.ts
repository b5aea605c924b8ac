/** The Handoff Context core: canonical contexts, field registry, parsing, writing and view models. */
export * from './contexts';
export * from './registry';
export * from './storage';
export type { ColumnSpec, ColumnType, FieldMeta, Team } from './fields';
export * from './parse';
export * from './write';
export * from './workflow';
export * from './view';
export * from './kinds';
export * from './schema-info';
export * from './i18n';
export * from './config';
