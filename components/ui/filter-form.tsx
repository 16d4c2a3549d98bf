import { getPathname, Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export interface SelectFilter {
  kind: 'select';
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}

export interface InputFilter {
  kind: 'input';
  name: string;
  label: string;
  value: string | undefined;
  type: 'text';
  placeholder?: string;
  inputMode?: 'text' | 'numeric';
}

/** Filters as a GET form: the URL holds them, so a filtered view can be shared and works without JavaScript. */
export function FilterForm({
  path,
  locale,
  filters,
  applyLabel,
  resetLabel,
}: {
  /** The page the filters apply to, without the locale (e.g. `/relations`). */
  path: string;
  locale: AppLocale;
  filters: (SelectFilter | InputFilter)[];
  applyLabel: string;
  /** Text of the link back to the unfiltered page. */
  resetLabel: string;
}) {
  const control =
    'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400';
  return (
    <form action={getPathname({ href: path, locale })} method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      {filters.map((filter) => (
        <label key={filter.name} className="min-w-40 flex-1 text-sm font-medium text-slate-700 dark:text-slate-300">
          {filter.label}
          {filter.kind === 'select' ? (
            <select name={filter.name} defaultValue={filter.value ?? ''} className={control}>
              <option value="">{filter.anyLabel}</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={filter.name}
              type={filter.type}
              defaultValue={filter.value ?? ''}
              placeholder={filter.placeholder}
              inputMode={filter.inputMode}
              maxLength={200}
              className={control}
            />
          )}
        </label>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
          {applyLabel}
        </button>
        <Link href={path} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}
