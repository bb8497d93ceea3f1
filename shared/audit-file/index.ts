export * from './content-hash';
export * from './json-schema';
export * from './parse';
export * from './schema';
