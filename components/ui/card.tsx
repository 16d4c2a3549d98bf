import type { ReactNode } from 'react';

interface CardProps {
  children: ReactNode;
  className?: string;
  /** A heading for the card (an h2), with an optional action (e.g. a "see all" link) beside it. */
  title?: string;
  action?: ReactNode;
  /** Id of the heading, for aria-labelledby on the section. */
  titleId?: string;
  /** Id of the section, for links that jump to it. */
  id?: string;
}

export function Card({ children, className = '', title, action, titleId, id }: CardProps) {
  return (
    <section
      id={id}
      aria-labelledby={title ? titleId : undefined}
      className={`rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      {title ? (
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={titleId} className="text-base font-semibold tracking-tight text-slate-900 dark:text-slate-100">
            {title}
          </h2>
          {action}
        </div>
      ) : null}
      {children}
    </section>
  );
}
