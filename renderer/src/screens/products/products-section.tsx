import { useState } from 'react';
import type { OmbudsmanProductFilter } from '../../../../shared/domain/products';
import { navigate } from '../../shell/router';
import { ProductDetailScreen } from './product-detail-screen';
import { ProductRegisterScreen } from './register-screen';
import './products.css';

const NO_FILTER: OmbudsmanProductFilter = { overdueOnly: false, search: '' };

/**
 * `#/ombudsman` (every entity), `#/ombudsman/entity/<entityId>` (one entity, from its screen),
 * `#/ombudsman/<id>` (one product). The filters live here so they survive a visit to a product;
 * the chosen entity lives in the address, so the entity screen can link to its register.
 */
export function ProductsSection({ rest }: { rest: string[] }) {
  const [first, second] = rest;
  const [filter, setFilter] = useState<OmbudsmanProductFilter>(NO_FILTER);
  if (first && first !== 'entity') return <ProductDetailScreen key={first} id={first} />;
  const entityId = first === 'entity' ? second : undefined;
  const shown: OmbudsmanProductFilter = { ...filter, entityId, ...(filter.entityId === entityId ? {} : { unitId: undefined }) };
  const onFilter = (f: OmbudsmanProductFilter) => {
    setFilter(f);
    if (f.entityId !== entityId) {
      if (f.entityId) navigate('ombudsman', 'entity', f.entityId);
      else navigate('ombudsman');
    }
  };
  return <ProductRegisterScreen filter={shown} onFilter={onFilter} />;
}
