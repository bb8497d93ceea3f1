import { z } from 'zod';
import { channel } from './channel';
import {
  entityFields,
  idSchema,
  listOptions,
  productFields,
  unitFields,
  type Entity,
  type ServiceProduct,
  type ServiceUnit,
} from '../domain/registry';

const byId = z.strictObject({ id: idSchema });
const archive = z.strictObject({ id: idSchema, archived: z.boolean() });

/** The registry: entities, their service units and the units' service products. */
export const registryChannels = {
  'entities.list': channel<Entity[]>()(z.strictObject(listOptions)),
  'entities.get': channel<Entity>()(byId),
  'entities.create': channel<Entity>()(entityFields),
  'entities.update': channel<Entity>()(z.strictObject({ id: idSchema, fields: entityFields })),
  'entities.archive': channel<Entity>()(archive),

  'units.list': channel<ServiceUnit[]>()(z.strictObject({ entityId: idSchema, ...listOptions })),
  'units.get': channel<ServiceUnit>()(byId),
  'units.create': channel<ServiceUnit>()(z.strictObject({ entityId: idSchema, fields: unitFields })),
  'units.update': channel<ServiceUnit>()(z.strictObject({ id: idSchema, fields: unitFields })),
  'units.archive': channel<ServiceUnit>()(archive),

  'products.list': channel<ServiceProduct[]>()(z.strictObject({ unitId: idSchema, ...listOptions })),
  'products.create': channel<ServiceProduct>()(
    z.strictObject({ unitId: idSchema, fields: productFields }),
  ),
  'products.update': channel<ServiceProduct>()(
    z.strictObject({ id: idSchema, fields: productFields }),
  ),
  'products.archive': channel<ServiceProduct>()(archive),
};
