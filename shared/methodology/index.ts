export * from './builtin';
export * from './canonical-json';
export * from './checksum';
export * from './issues';
export * from './parse-template';
export * from './sha256';
export * from './template-checks';
export * from './template-schema';
