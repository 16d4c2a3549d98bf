import type { DocumentExtraction } from '@/lib/extract/extract-document';
import { articleTerms } from '@/lib/extract/search-terms';

/** The search index terms of an extracted article: the words of its title and body. */
export function searchTermsOf({ article }: DocumentExtraction): string[] {
  return articleTerms(`${article.title ?? ''}\n${article.body}`);
}
