import type { FindingFilter } from '../../../../shared/domain/findings';

/** The register with nothing filtered out. */
export const EMPTY_FILTER: FindingFilter = { search: '', overdueOnly: false };
