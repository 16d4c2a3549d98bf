import { EXPORT_DATASETS, exportChunks, type ExportRequest } from '@/lib/open-data/export-datasets';
import { streamedDownload, type ExportFormat } from '@/lib/open-data/exports';
import { problemResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { todayIso } from '@/lib/present/temporal-label';

type Dataset = keyof typeof EXPORT_DATASETS;

function parseFile(file: string): { dataset: Dataset; format: ExportFormat } | null {
  const match = /^(events|stories|relations|articles|comentions)\.(csv|json|geojson|gexf)$/.exec(file);
  if (!match) return null;
  const dataset = match[1] as Dataset;
  const format = match[2] as ExportFormat;
  return (EXPORT_DATASETS[dataset].formats as readonly string[]).includes(format) ? { dataset, format } : null;
}

/**
 * `GET /api/v1/exports/{dataset}.{format}`: every record of a list with its filters, streamed:
 * events, stories and articles as CSV or JSON; relations as CSV, JSON, GeoJSON or GEXF; the
 * co-mention network as GEXF.
 */
export const GET = openDataRoute<{ params: Promise<{ file: string }> }>(async (request, { params }) => {
  const file = parseFile((await params).file);
  if (!file) {
    return problemResponse(404, 'No export has this name: events, stories or articles as .csv or .json; relations as .csv, .json, .geojson or .gexf; comentions as .gexf.');
  }
  const query = parseQuery(request, EXPORT_DATASETS[file.dataset].query);
  if (!query.ok) return query.response;
  const exportRequest = { dataset: file.dataset, query: query.value } as ExportRequest;
  return streamedDownload(exportChunks(exportRequest, file.format, originOf(request)), file.format, `bauyrlas-${file.dataset}-${todayIso()}.${file.format}`);
});
