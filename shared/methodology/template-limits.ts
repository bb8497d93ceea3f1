/**
 * Sizes a template may have: the published instruments have 4 to 10 groups of up to 15 items, so
 * these leave room for any real method while keeping a hostile file from asking for unbounded work.
 */
export const TEMPLATE_LIMITS = { groups: 50, itemsPerGroup: 500, items: 1000, sections: 100, bands: 26, legalBasis: 50, blocks: 10 } as const;

/**
 * Item weights are relative within their group. Bounded so that no weighted mean can overflow to
 * Infinity (1e308 gave NaN) or underflow to 0 (5e-324 turned 33.33 into 0): any ratio within
 * 1:1,000,000 is exact enough for scores rounded to 2 decimals.
 */
export const ITEM_WEIGHT = { min: 0.001, max: 1000 } as const;
/** Group weights are points out of 100, published with 2 decimals. */
export const GROUP_WEIGHT = { min: 0.01, max: 100 } as const;
