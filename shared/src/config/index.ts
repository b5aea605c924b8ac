export * from './config';
export * from './resolve';
