import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

interface PaginationProps {
  page: number;
  pages: number;
  /** The link to another page of the same list. */
  hrefFor: (page: number) => Href;
  labels: { navigation: string; previous: string; next: string; position: string };
}

/** Previous / next links and "page N of M"; nothing when the list fits on one page. */
export function Pagination({ page, pages, hrefFor, labels }: PaginationProps) {
  if (pages <= 1) return null;
  const link = 'text-brand-700 hover:underline dark:text-brand-100';
  return (
    <nav aria-label={labels.navigation} className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{labels.position}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
