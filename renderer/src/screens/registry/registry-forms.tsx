import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, entityFields, productFields, unitFields, type Entity, type ServiceProduct, type ServiceUnit } from '../../../../shared/domain/registry';
import { useApiMutation } from '../../api/queries';
import { FormModal } from '../../components/form-modal';
import { useNotice } from '../../components/notice';

const REGISTRY = ['entities', 'units', 'products'];

/** Create (no `entity`) or edit an entity. */
export function EntityForm({ entity, onClose }: { entity?: Entity; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const create = useApiMutation('entities.create', REGISTRY);
  const update = useApiMutation('entities.update', REGISTRY);
  return (
    <FormModal
      title={entity ? t('registry.editEntity') : t('registry.newEntity')}
      schema={entityFields}
      initial={{ kind: entity?.kind ?? 'pemkot', name: entity?.name ?? '', province: entity?.province ?? '', notes: entity?.notes ?? '' }}
      fields={[
        { name: 'kind', label: t('registry.kind.label'), kind: 'select', required: true, options: ENTITY_KINDS.map((k) => ({ value: k, label: t(`registry.kind.${k}`) })) },
        { name: 'name', label: t('registry.fields.name'), required: true, placeholder: t('registry.placeholders.entityName') },
        { name: 'province', label: t('registry.fields.province'), placeholder: t('registry.placeholders.province') },
        { name: 'notes', label: t('registry.fields.notes'), kind: 'textarea' },
      ]}
      onSubmit={async (fields) => {
        const saved = entity ? await update.mutateAsync({ id: entity.id, fields }) : await create.mutateAsync(fields);
        notice(entity ? t('registry.updated') : t('registry.created', { name: saved.name }));
      }}
      onClose={onClose}
    />
  );
}

export function UnitForm({ entityId, unit, onClose }: { entityId: string; unit?: ServiceUnit; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const create = useApiMutation('units.create', REGISTRY);
  const update = useApiMutation('units.update', REGISTRY);
  return (
    <FormModal
      title={unit ? t('registry.editUnit') : t('registry.newUnit')}
      schema={unitFields}
      initial={{ name: unit?.name ?? '', category: unit?.category ?? '', address: unit?.address ?? '', headName: unit?.headName ?? '' }}
      fields={[
        { name: 'name', label: t('registry.fields.name'), required: true, placeholder: t('registry.placeholders.unitName') },
        { name: 'category', label: t('registry.fields.category'), placeholder: t('registry.placeholders.category') },
        { name: 'headName', label: t('registry.fields.headName') },
        { name: 'address', label: t('registry.fields.address'), kind: 'textarea' },
      ]}
      onSubmit={async (fields) => {
        const saved = unit ? await update.mutateAsync({ id: unit.id, fields }) : await create.mutateAsync({ entityId, fields });
        notice(unit ? t('registry.updated') : t('registry.created', { name: saved.name }));
      }}
      onClose={onClose}
    />
  );
}

export function ProductForm({ unitId, product, onClose }: { unitId: string; product?: ServiceProduct; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const create = useApiMutation('products.create', REGISTRY);
  const update = useApiMutation('products.update', REGISTRY);
  return (
    <FormModal
      title={product ? t('registry.editProduct') : t('registry.newProduct')}
      schema={productFields}
      initial={{ name: product?.name ?? '', description: product?.description ?? '' }}
      fields={[
        { name: 'name', label: t('registry.fields.name'), required: true, placeholder: t('registry.placeholders.productName') },
        { name: 'description', label: t('registry.fields.description'), kind: 'textarea' },
      ]}
      onSubmit={async (fields) => {
        const saved = product ? await update.mutateAsync({ id: product.id, fields }) : await create.mutateAsync({ unitId, fields });
        notice(product ? t('registry.updated') : t('registry.created', { name: saved.name }));
      }}
      onClose={onClose}
    />
  );
}
