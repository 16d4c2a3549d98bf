import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { derivePostgresSchema } from './derive-postgres-schema';

export const SQLITE_SCHEMA = path.join(projectRoot, 'prisma', 'schema.prisma');
export const POSTGRES_SCHEMA = path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma');
export const POSTGRES_ONLY = path.join(projectRoot, 'prisma', 'postgresql', 'postgresql-only.prisma');

writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'), readFileSync(POSTGRES_ONLY, 'utf8')));
console.log(`Wrote ${path.relative(projectRoot, POSTGRES_SCHEMA)}`);
