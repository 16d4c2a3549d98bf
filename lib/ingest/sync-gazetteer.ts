import { surfaceForms, type Gazetteer, type GazetteerEntry } from '@/lib/extract/gazetteer';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { sha256 } from './article-identity';

/** Identifies a gazetteer's content: articles extracted with another gazetteer are extracted again. */
export function gazetteerFingerprint(gazetteer: Gazetteer): string {
  return sha256(JSON.stringify(gazetteer.entries));
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

/**
 * Makes the Entity table hold the gazetteer: every entry upserted as a known entity with its aliases.
 * A candidate whose key the gazetteer now claims is promoted in place, keeping its mentions. Rows
 * that already match are left alone, so loading the same gazetteer twice writes nothing.
 */
export async function syncGazetteer(db: PrismaClient, gazetteer: Gazetteer): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const storedAliases = await tx.entityAlias.findMany({ select: { id: true, entityId: true, language: true, form: true } });
      const aliasesByEntity = new Map<number, typeof storedAliases>();
      for (const alias of storedAliases) aliasesByEntity.set(alias.entityId, [...(aliasesByEntity.get(alias.entityId) ?? []), alias]);
      for (const entry of gazetteer.entries) {
        const columns = entityColumns(entry);
        const entity = await tx.entity.upsert({
          where: { key: entry.key },
          create: { key: entry.key, ...columns },
          update: columns,
          select: { id: true },
        });
        const wanted = new Map<string, { language: string; form: string }>();
        for (const { language, form } of surfaceForms(entry)) wanted.set(`${language}\u0000${form}`, { language, form });
        const stored = aliasesByEntity.get(entity.id) ?? [];
        const stale = stored.filter((alias) => !wanted.delete(`${alias.language}\u0000${alias.form}`));
        if (stale.length > 0) await tx.entityAlias.deleteMany({ where: { id: { in: stale.map((alias) => alias.id) } } });
        if (wanted.size > 0) {
          await tx.entityAlias.createMany({ data: [...wanted.values()].map((alias) => ({ entityId: entity.id, ...alias })) });
        }
      }
    },
    { timeout: 60_000 },
  );
}
