import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OMBUDSMAN_PRODUCT_KINDS, ombudsmanProductFields, type OmbudsmanProduct } from '../../../../shared/domain/products';
import { localDate } from '../../../../shared/iso/dates';
import { useApi, useApiMutation } from '../../api/queries';
import { FormModal } from '../../components/form-modal';
import { useNotice } from '../../components/notice';

/** The form holds text; an empty unit means the whole institution. */
const formSchema = z.preprocess(
  (v) => (v && typeof v === 'object' ? { ...v, unitId: (v as { unitId?: string }).unitId || null } : v),
  ombudsmanProductFields,
);

/** Record a new Ombudsman product for an entity, or edit one (the entity stays). */
export function ProductForm({ entityId, product, onClose }: { entityId: string; product?: OmbudsmanProduct; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const units = useApi('units.list', { entityId, search: '', includeArchived: false });
  const create = useApiMutation('ombudsman.create', ['ombudsman']);
  const update = useApiMutation('ombudsman.update', ['ombudsman']);
  const today = localDate(new Date());
  return (
    <FormModal
      title={product ? t('ombudsman.editProduct') : t('ombudsman.newProduct')}
      schema={formSchema}
      initial={{
        unitId: product?.unitId ?? '', kind: product?.kind ?? 'lahp', number: product?.number ?? '',
        issuedOn: product?.issuedOn ?? '', request: product?.request ?? '', dueOn: product?.dueOn ?? '',
      }}
      fields={[
        { name: 'kind', label: t('ombudsman.fields.kind'), kind: 'select', required: true, options: OMBUDSMAN_PRODUCT_KINDS.map((k) => ({ value: k, label: t(`ombudsman.kind.${k}`) })) },
        { name: 'number', label: t('ombudsman.fields.number'), required: true, placeholder: t('ombudsman.hints.number') },
        {
          name: 'unitId', label: t('ombudsman.fields.unit'), kind: 'select',
          options: [{ value: '', label: t('ombudsman.noUnit') }, ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))],
        },
        { name: 'issuedOn', label: t('ombudsman.fields.issuedOn'), kind: 'date', required: true, max: today },
        { name: 'request', label: t('ombudsman.fields.request'), kind: 'textarea', required: true },
        { name: 'dueOn', label: t('ombudsman.fields.dueOn'), kind: 'date', required: true },
      ]}
      onSubmit={async (fields) => {
        if (product) await update.mutateAsync({ id: product.id, fields });
        else await create.mutateAsync({ entityId, fields });
        notice(product ? t('ombudsman.updated') : t('ombudsman.created'));
      }}
      onClose={onClose}
    />
  );
}
