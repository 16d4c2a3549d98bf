import { getFormatter, getTranslations } from 'next-intl/server';
import { RELATION_COLORS } from '@/components/map/relation-colors';
import { Badge } from '@/components/ui/badge';
import { EvidenceQuote } from '@/components/ui/evidence-quote';
import { Link } from '@/i18n/navigation';
import type { PlaceRelationDto } from '@/lib/data/relations';
import { formatDay } from '@/lib/present/temporal-label';

interface RelationListProps {
  relations: PlaceRelationDto[];
  /** Show the evidence sentences (the relations page) or only their count (the dashboard). */
  showEvidence?: boolean;
}

export async function RelationList({ relations, showEvidence = false }: RelationListProps) {
  const [t, tType, tStatus, tArticle, format] = await Promise.all([
    getTranslations('Relations'),
    getTranslations('RelationType'),
    getTranslations('RelationStatus'),
    getTranslations('Article'),
    getFormatter(),
  ]);
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {relations.map((relation) => (
        <li key={relation.id} className="space-y-2 py-3 first:pt-0 last:pb-0" data-testid="relation">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: RELATION_COLORS[relation.type] }} />
            <Link href={`/entities/${relation.a.key}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
              {relation.a.name}
            </Link>
            <span aria-hidden="true" className="text-slate-500">
              —
            </span>
            <Link href={`/entities/${relation.b.key}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
              {relation.b.name}
            </Link>
            <Badge>{tType(relation.type)}</Badge>
            {relation.status ? <Badge tone="planned">{t('statusLabel', { status: tStatus(relation.status) })}</Badge> : null}
            <span className="text-xs text-slate-600 dark:text-slate-400">{t('evidenceCount', { count: relation.evidenceCount })}</span>
          </div>
          {showEvidence ? (
            <ul className="space-y-2">
              {relation.evidence.map((evidence, index) => (
                <li key={`${evidence.article.slug}-${index}`}>
                  <EvidenceQuote
                    lang={evidence.article.language}
                    footer={
                      <>
                        {evidence.evidenceIn === 'title' ? `${tArticle('evidenceTitle')} · ` : null}
                        <Link href={`/articles/${evidence.article.slug}`} lang={evidence.article.language} className="underline hover:text-brand-700">
                          {evidence.article.title ?? tArticle('untitled')}
                        </Link>
                        {' · '}
                        <time dateTime={evidence.article.publishedOn}>{formatDay(format, evidence.article.publishedOn)}</time>
                      </>
                    }
                  >
                    {evidence.sentence}
                  </EvidenceQuote>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
