/** A placeholder of the size of the widget that is loading, so the page does not jump. */
export function Skeleton({ className = 'h-40' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-xl border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    />
  );
}
