/** A page's title and the sentence under it. */
export function PageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{intro}</p>
    </div>
  );
}
