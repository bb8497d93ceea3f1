import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Inputs for a channel, derived from its zod schema: mostly what the schema asks for (so calls
 * reach the handlers, with real ids from `pool` where an id is wanted), then broken on purpose by
 * hostileArb. Reads zod 4's definitions (`schema._zod.def`); kinds it does not know get any value.
 */
export interface IdPool {
  /** Ids of rows that exist (entities, units, audits, findings ...), tried where a uuid is asked. */
  uuids: string[];
  /** SHA-256 of stored attachments. */
  sha256s: string[];
  /** Item and group codes of the templates in use. */
  codes: string[];
  /** Better guesses by field name (`auditId`, `itemId` ...): a call that names the right kind of row gets further. */
  byKey: Record<string, string[]>;
}

type Def = Record<string, unknown> & { type: string };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => ((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

/** At most this many elements or keys: enough to reach the code, small enough for many calls. */
const SMALL = 4;

function stringArb(def: Def, pool: IdPool, key: string): fc.Arbitrary<string> {
  const known = pool.byKey[key];
  const checks = checksOf(def);
  const format = (def.format as string | undefined) ?? (checks.find((c) => c.check === 'string_format')?.format as string | undefined);
  const pattern = (def.pattern as RegExp | undefined) ?? (checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern as RegExp | undefined);
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
  const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 80);
  const guess = (arb: fc.Arbitrary<string>, values = known) => (values?.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: arb }) : arb);
  if (format === 'uuid') return guess(fc.uuid(), (known ?? pool.uuids).filter((v) => /^[0-9a-f-]{36}$/.test(v)));
  if (format === 'date') return guess(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  if (format === 'datetime') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (format === 'base64') return fc.base64String({ maxLength: 120 });
  if (pattern?.source === '^[0-9a-f]{64}$' && pool.sha256s.length) return fc.oneof(fc.constantFrom(...pool.sha256s), fc.stringMatching(pattern));
  if (pattern?.source.startsWith('^[A-Za-z0-9][A-Za-z0-9._-]')) return guess(fc.stringMatching(pattern), known ?? pool.codes);
  if (pattern) return guess(fc.stringMatching(pattern, { size: 'xsmall' }));
  return guess(fc.string({ minLength: Math.min(min, 40), maxLength: Math.max(Math.min(max, 40), Math.min(min, 40)), unit: fc.constantFrom('a', 'Z', '7', ' ', 'é', '🌴', '-', '.') }));
}

function numberArb(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const int = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const min = low ? Number(low.value) : int ? -5 : -1e6;
  const max = high ? Number(high.value) : int ? 3_000 : 1e6;
  return int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** What the schema accepts (mostly), as values. Optional and defaulted keys are sometimes left out. */
export function schemaArb(schema: z.ZodType, pool: IdPool, depth = 0, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 12) return fc.constant(null);
  const inner = (s: unknown, childKey = key) => schemaArb(s as z.ZodType, pool, depth + 1, childKey);
  switch (def.type) {
    case 'string': return stringArb(def, pool, key);
    case 'number': return numberArb(def);
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'literal': return fc.constantFrom(...(def.values as unknown[]));
    case 'enum': return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
    case 'default': return inner(def.innerType);
    case 'nullable': return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: inner(def.innerType) });
    case 'array': {
      const checks = checksOf(def);
      const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
      const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? SMALL);
      return fc.array(inner(def.element), { minLength: Math.min(min, SMALL), maxLength: Math.max(Math.min(min, SMALL), Math.min(max, SMALL)) });
    }
    case 'record': return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: SMALL });
    case 'union': return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    // A preprocess (boundedRecord) is a transform into the schema that matters.
    case 'pipe': return defOf(def.in).type === 'transform' ? inner(def.out) : inner(def.in);
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k]).type));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s, k)])), { requiredKeys: required });
    }
    default: return fc.anything({ maxDepth: 2 });
  }
}

/** Values no schema should take quietly: the probes of issue 12, and the usual suspects. */
const HOSTILE_VALUES: unknown[] = [
  '', ' ', '\u0000', '\u001b[2J\u001b]0;x\u0007', 'Dinas \ud83d', '\udc00', '../../../etc/passwd', 'C:\\Windows\\system32', '__proto__', 'constructor',
  "' OR 1=1 --", 'x'.repeat(5_001), 'y'.repeat(70_000), -1, -0, 0.5, 1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity,
  true, null, [], {}, [[[[[[[[[[[]]]]]]]]]]], JSON.parse('{"__proto__": {"admin": true}}'), { constructor: { prototype: { x: 1 } } },
  Array.from({ length: 200 }, (_, i) => i), Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i])),
];

type Path = (string | number)[];
function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (typeof value === 'object' && value !== null && path.length < 6) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = setAt(copy[path[0]!], path.slice(1), replacement);
  return copy;
}
function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  if (path.length === 1) {
    if (Array.isArray(value)) return value.filter((_, i) => i !== path[0]);
    const { [path[0]!]: _gone, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = removeAt(copy[path[0]!], path.slice(1));
  return copy;
}

/**
 * A payload for a channel: a valid-looking one from its schema, then, most of the time, broken in
 * one place (a field replaced by a hostile value, a required key gone, an unknown key added), or
 * something else entirely.
 */
export function payloadArb(schema: z.ZodType, pool: IdPool): fc.Arbitrary<{ kind: string; payload: unknown }> {
  const valid = schemaArb(schema, pool);
  return fc.oneof(
    { weight: 5, arbitrary: valid.map((payload) => ({ kind: 'schema', payload })) },
    {
      weight: 5,
      arbitrary: fc.tuple(valid, fc.nat(), fc.constantFrom(...HOSTILE_VALUES)).map(([payload, pick, hostile]) => {
        const paths = leafPaths(payload);
        return { kind: 'hostile field', payload: setAt(payload, paths[pick % paths.length]!, hostile) };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(valid, fc.nat()).map(([payload, pick]) => {
        const paths = leafPaths(payload).filter((p) => p.length > 0);
        return { kind: 'key removed', payload: paths.length ? removeAt(payload, paths[pick % paths.length]!) : payload };
      }),
    },
    { weight: 1, arbitrary: valid.map((payload) => ({ kind: 'unknown key', payload: typeof payload === 'object' && payload !== null ? { ...payload, isAdmin: true } : payload })) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }).map((payload) => ({ kind: 'anything', payload })) },
  );
}
