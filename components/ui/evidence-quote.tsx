import type { ReactNode } from 'react';

/** A sentence quoted from an article, marked with the article's language. */
export function EvidenceQuote({ children, lang, footer }: { children: ReactNode; lang: string; footer?: ReactNode }) {
  return (
    <figure className="border-l-2 border-brand-500 pl-3">
      <blockquote lang={lang} className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {children}
      </blockquote>
      {footer ? <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">{footer}</figcaption> : null}
    </figure>
  );
}
