import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/lib/db';
import { projectRoot } from '@/lib/env';
import { GazetteerError } from '@/lib/extract/gazetteer';
import { ENTITY_TYPES, isEntityType, type EntityType } from '@/lib/domain/vocabulary';
import type { LocalizedNames } from '@/lib/extract/types';
import { affectedArticles, findCandidate, listCandidateReport } from '../curation/candidate-report';
import { readGazetteerFiles } from '../curation/gazetteer-files';
import { CurationError, planMerge, planPromote, planReject, type CurationPlan } from '../curation/plans';
import { readStopList, stopListFile } from '../curation/stop-list';
import { IngestLockedError } from '../ingest-lock';
import { reextractArticles } from '../ingest-command';
import { defaultGazetteerDir, readGazetteer } from '../read-gazetteer';

const USAGE = `usage: npm run curate -- candidates [--type TYPE] [--min-mentions N]
       npm run curate -- promote CANDIDATE KEY [--names kk=…,ru=…,en=…] [--type TYPE] [--coords LAT,LON]
                                [--role kk=…,ru=…,en=…] [--country XX] [--parent KEY] [--apply]
       npm run curate -- merge CANDIDATE INTO_KEY [--apply]
       npm run curate -- reject CANDIDATE [--apply]
Without --apply a command only shows what it would change. --gazetteer DIR uses another gazetteer folder.`;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (name === 'apply') flags.set(name, true);
    else {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      index += 1;
    }
  }
  return { positional, flags };
}

function text(flags: Parsed['flags'], name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** `kk=Алматы,ru=Алматы,en=Almaty` → names by language (a value may not hold a comma). */
export function parseNames(value: string): Partial<LocalizedNames> {
  const names: Partial<LocalizedNames> = {};
  for (const part of value.split(',')) {
    const match = /^\s*(kk|ru|en)\s*=\s*(.+?)\s*$/u.exec(part);
    if (!match) throw new UsageError(`"${part}": write names as kk=…,ru=…,en=…`);
    names[match[1] as keyof LocalizedNames] = match[2]!;
  }
  return names;
}

function parseType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const type = value.toUpperCase();
  if (!isEntityType(type)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}`);
  return type;
}

function parseCoordinates(value: string | undefined): { lat: number; lon: number } | undefined {
  if (value === undefined) return undefined;
  const [lat, lon] = value.split(',').map((part) => Number(part.trim()));
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new UsageError('--coords takes LAT,LON, e.g. 43.25,76.95');
  return { lat: lat!, lon: lon! };
}

function show(plan: CurationPlan, apply: boolean): void {
  for (const line of plan.summary) console.log(`${apply ? 'changing' : 'would change'}: ${line}`);
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { positional, flags } = parseArgs(rest);
  const gazetteerDir = path.resolve(text(flags, 'gazetteer') ?? defaultGazetteerDir);
  const stopList = stopListFile(gazetteerDir);
  const apply = flags.get('apply') === true;
  const db = openDatabase();
  try {
    if (command === 'candidates') {
      const minMentions = Number(text(flags, 'min-mentions') ?? '1');
      if (!Number.isInteger(minMentions) || minMentions < 1) throw new UsageError('--min-mentions takes a whole number from 1');
      const rows = await listCandidateReport(db, readGazetteer(gazetteerDir), {
        type: parseType(text(flags, 'type')),
        minMentions,
        rejected: new Set(readStopList(stopList).map((entry) => entry.key)),
      });
      if (rows.length === 0) console.log('no candidates');
      for (const row of rows) {
        console.log(`${row.key}  ${row.type}  ${row.mentions} mention(s) in ${row.articles} article(s), ${row.firstSeen ?? '?'} – ${row.lastSeen ?? '?'}`);
        console.log(`  names: kk ${row.names.kk} · ru ${row.names.ru} · en ${row.names.en}`);
        for (const example of row.examples) console.log(`  « ${example} »`);
        if (row.suggestions.length > 0) console.log(`  merge into? ${row.suggestions.join(', ')}`);
      }
      return 0;
    }
    if (command !== 'promote' && command !== 'merge' && command !== 'reject') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
    const candidateKey = positional[0];
    if (!candidateKey) throw new UsageError('name the candidate by its key (see: npm run curate -- candidates)');
    const candidate = await findCandidate(db, candidateKey);
    if (!candidate) throw new CurationError(`"${candidateKey}" is not a stored candidate`);
    const files = readGazetteerFiles(gazetteerDir);
    let plan: CurationPlan;
    if (command === 'promote') {
      const key = positional[1];
      if (!key) throw new UsageError('promote needs the new entity key');
      plan = planPromote(files, candidate, {
        key,
        names: text(flags, 'names') ? parseNames(text(flags, 'names')!) : undefined,
        type: parseType(text(flags, 'type')),
        coordinates: parseCoordinates(text(flags, 'coords')),
        role: text(flags, 'role') ? parseNames(text(flags, 'role')!) : undefined,
        country: text(flags, 'country')?.toUpperCase(),
        parent: text(flags, 'parent'),
      });
    } else if (command === 'merge') {
      const into = positional[1];
      if (!into) throw new UsageError('merge needs the key of the entity to merge into');
      plan = planMerge(files, candidate, into);
    } else {
      const shown = path.relative(projectRoot, stopList);
      plan = planReject(readStopList(stopList), candidate, shown.startsWith('..') ? stopList : shown);
    }
    show(plan, apply);
    const articles = await affectedArticles(db, candidate.id, plan.changedNames);
    if (!apply) {
      console.log(`${articles.length} article(s) would be extracted again. Run again with --apply to make the change.`);
      return 0;
    }
    for (const write of plan.writes) {
      writeFileSync(write.target === 'stopList' ? stopList : path.join(gazetteerDir, write.file), write.text);
    }
    readGazetteer(gazetteerDir); // the folder as written still loads
    if (articles.length === 0) {
      console.log('no stored article names the changed entity');
      return 0;
    }
    const report = await reextractArticles(db, articles, undefined, gazetteerDir);
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof CurationError || error instanceof GazetteerError || error instanceof IngestLockedError) {
      console.error(error.message);
      process.exitCode = error instanceof IngestLockedError ? 3 : 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
