import { surfaceForms, type Gazetteer, type GazetteerEntry } from '@/lib/extract/gazetteer';
import type { NameLanguage } from '@/lib/domain/vocabulary';
import type { Database } from '@/lib/db';
import { sha256 } from './article-identity';
import { insertMany } from './insert-rows';

/** Identifies a gazetteer's content: articles extracted with another gazetteer are extracted again. */
export function gazetteerFingerprint(gazetteer: Gazetteer): string {
  const rejected = [...(gazetteer.rejectedCandidates ?? [])].sort();
  return sha256(JSON.stringify(gazetteer.entries) + (rejected.length > 0 ? JSON.stringify(rejected) : ''));
}

function entityColumns(entry: GazetteerEntry) {
  return {
    type: entry.type,
    known: true,
    nameKk: entry.names.kk,
    nameRu: entry.names.ru,
    nameEn: entry.names.en,
    nameZh: entry.names.zh ?? null,
    country: entry.country ?? null,
    parentKey: entry.parent ?? null,
    lat: entry.coordinates?.lat ?? null,
    lon: entry.coordinates?.lon ?? null,
    roleKk: entry.role?.kk ?? null,
    roleRu: entry.role?.ru ?? null,
    roleEn: entry.role?.en ?? null,
  };
}

type EntityColumns = ReturnType<typeof entityColumns>;
const COLUMN_NAMES = Object.keys(entityColumns({ key: 'x', type: 'CITY', names: { kk: 'x', ru: 'x', en: 'x' } })) as (keyof EntityColumns)[];

function sameColumns(stored: EntityColumns, wanted: EntityColumns): boolean {
  return COLUMN_NAMES.every((column) => stored[column] === wanted[column]);
}

const aliasKey = (language: string, form: string) => `${language}\u0000${form}`;

/**
 * Makes the Entity table hold the gazetteer: every entry upserted as a known entity with its aliases.
 * A candidate whose key the gazetteer now claims is promoted in place, keeping its mentions. Rows
 * that already match are left alone, so loading the same gazetteer twice writes nothing.
 * The stored state is read once and compared in memory; new rows go in with multi-row inserts.
 */
export async function syncGazetteer(db: Database, gazetteer: Gazetteer): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const keys = gazetteer.entries.map((entry) => entry.key);
      const storedEntities = await tx.entity.findMany({
        where: { key: { in: keys } },
        select: { id: true, key: true, ...Object.fromEntries(COLUMN_NAMES.map((column) => [column, true])) },
      });
      const storedByKey = new Map(storedEntities.map((entity) => [entity.key, entity as unknown as EntityColumns & { id: number }]));

      const created: GazetteerEntry[] = [];
      for (const entry of gazetteer.entries) {
        const stored = storedByKey.get(entry.key);
        const columns = entityColumns(entry);
        if (!stored) created.push(entry);
        else if (!sameColumns(stored, columns)) await tx.entity.update({ where: { id: stored.id }, data: columns });
      }
      await insertMany(
        tx,
        'Entity',
        created.map((entry) => ({ key: entry.key, ...entityColumns(entry), known: true })),
      );

      const ids = new Map(
        (await tx.entity.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map((e) => [e.key, e.id]),
      );
      const storedAliases = await tx.entityAlias.findMany({
        where: { entityId: { in: [...ids.values()] } },
        select: { id: true, entityId: true, language: true, form: true },
      });
      const aliasesByEntity = new Map<number, typeof storedAliases>();
      for (const alias of storedAliases) aliasesByEntity.set(alias.entityId, [...(aliasesByEntity.get(alias.entityId) ?? []), alias]);

      const stale: number[] = [];
      const missing: { entityId: number; language: NameLanguage; form: string }[] = [];
      for (const entry of gazetteer.entries) {
        const entityId = ids.get(entry.key);
        if (entityId === undefined) throw new Error(`gazetteer entity "${entry.key}" was not stored`);
        const wanted = new Map<string, { language: NameLanguage; form: string }>();
        for (const { language, form } of surfaceForms(entry)) wanted.set(aliasKey(language, form), { language, form });
        for (const alias of aliasesByEntity.get(entityId) ?? []) {
          if (!wanted.delete(aliasKey(alias.language, alias.form))) stale.push(alias.id);
        }
        for (const { language, form } of wanted.values()) missing.push({ entityId, language, form });
      }
      if (stale.length > 0) await tx.entityAlias.deleteMany({ where: { id: { in: stale } } });
      await insertMany(tx, 'EntityAlias', missing);
    },
    { timeout: 60_000 },
  );
}
