import { Link } from '@/i18n/navigation';
import type { ArticleMentionDto } from '@/lib/data/articles';
import { segmentBody, type BodySegment } from './segment-body';

const MENTION_STYLES: Record<ArticleMentionDto['entity']['type'], string> = {
  PERSON: 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50',
  CITY: 'bg-sky-100 text-sky-950 dark:bg-sky-900/60 dark:text-sky-50',
  REGION: 'bg-teal-100 text-teal-950 dark:bg-teal-900/60 dark:text-teal-50',
  COUNTRY: 'bg-indigo-100 text-indigo-950 dark:bg-indigo-900/60 dark:text-indigo-50',
  ORGANIZATION: 'bg-rose-100 text-rose-950 dark:bg-rose-900/60 dark:text-rose-50',
};

/** Plain text and mentions of one line, each mention a link to its entity. */
function Segments({ segments }: { segments: BodySegment<ArticleMentionDto>[] }) {
  return segments.map((segment) =>
    segment.mention ? (
      <Link
        key={segment.start}
        href={`/entities/${segment.mention.entity.key}`}
        title={segment.mention.entity.name}
        data-entity-type={segment.mention.entity.type}
        className={`rounded px-0.5 underline decoration-transparent underline-offset-2 hover:decoration-current ${MENTION_STYLES[segment.mention.entity.type]}`}
      >
        {segment.text}
      </Link>
    ) : (
      <span key={segment.start}>{segment.text}</span>
    ),
  );
}

/**
 * The article text as written, one paragraph per line, with each mention a link to its entity.
 * Built from offsets as React elements, so no part of the text is ever interpreted as markup.
 */
export function ArticleBody({ body, mentions, language }: { body: string; mentions: ArticleMentionDto[]; language: string }) {
  return (
    <div lang={language} className="space-y-4 text-base leading-relaxed text-slate-800 dark:text-slate-200">
      {segmentBody(body, mentions).map((paragraph) => (
        <p key={paragraph.start}>
          <Segments segments={paragraph.segments} />
        </p>
      ))}
    </div>
  );
}

/** The title line's text with its mentions linked, as in the body (offsets index the title). */
export function ArticleTitleText({ title, mentions }: { title: string; mentions: ArticleMentionDto[] }) {
  return segmentBody(title, mentions).map((line) => <Segments key={line.start} segments={line.segments} />);
}
