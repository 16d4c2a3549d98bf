import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { Database } from '@/lib/db';

/**
 * The seed documents plus documents of our own holding hostile markup and spreadsheet formulas,
 * so every format is tested on text that must stay inert.
 */
export const HOSTILE_TITLE = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script> & Алматы';

/** Cyrillic enough for the document to read as Russian (its first paragraph's visit is extracted). */
export const HOSTILE_PARAGRAPH = "+cmd|' /C calc'!A0 Об этом сообщили в пресс-службе городского акимата <img src=x onerror=alert(1)> ]]> «в кавычках».";

export async function ingestOpenDataFixtures(db: Database): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-open-data-docs-'));
  writeFileSync(
    path.join(folder, 'ru-flights.txt'),
    'date 2026-09-01 Новые рейсы из Алматы\nВ Шанхае обсудили запуск новых рейсов между Алматы и Шанхаем в 2027 году.\n',
  );
  writeFileSync(
    path.join(folder, 'hostile.txt'),
    `date 2026-10-07 ${HOSTILE_TITLE}\nДелегация Алматы посетит Урумчи в первой половине 2027 года.\n${HOSTILE_PARAGRAPH}\n`,
  );
  const files = [...collectFiles([path.join(projectRoot, 'seeds')]), ...collectFiles([folder])];
  const report = await runIngest({ db, gazetteer: readGazetteer(), files, projectRoot, extractionWorkers: 0 });
  if (report.rejected.length > 0) throw new Error(`fixtures rejected: ${JSON.stringify(report.rejected)}`);
}
