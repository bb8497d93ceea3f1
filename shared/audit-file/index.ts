export * from './content-hash';
export * from './json-schema';
export * from './parse';
export * from './schema';
export * from './sealed-proofs';
export * from './project';
export * from './schema-v2';
