export * from './answers';
export * from './bands';
export * from './path-to-target';
export * from './rounding';
export * from './score-entity';
export * from './score-unit';
export * from './block-weights';
export * from './opinion';
