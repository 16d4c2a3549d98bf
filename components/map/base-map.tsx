import { BASE_MAP_PATHS } from './base-map-paths';
import { MAP_HEIGHT, MAP_WIDTH } from './geo';

/** Water, the muted neighbours, Kazakhstan and China a shade lighter, and land borders. Decorative. */
export function BaseMap() {
  return (
    <g aria-hidden="true">
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} className="fill-sky-100/70 dark:fill-slate-950" />
      <path d={BASE_MAP_PATHS.neighbours} className="fill-slate-200/80 dark:fill-slate-800/70" />
      <path d={BASE_MAP_PATHS.kazakhstan} className="fill-white dark:fill-slate-700/80" />
      <path d={BASE_MAP_PATHS.china} className="fill-white dark:fill-slate-700/80" />
      <path
        d={BASE_MAP_PATHS.borders}
        fill="none"
        strokeWidth={0.8}
        strokeLinejoin="round"
        className="stroke-slate-400/70 dark:stroke-slate-500/70"
      />
    </g>
  );
}
