export * from './merge-audit';
export * from './resolve';
export type * from './types';
