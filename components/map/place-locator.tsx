import { useId } from 'react';
import { BaseMap } from './base-map';
import { isInsideMap, MAP_HEIGHT, MAP_VIEW_BOX, MAP_WIDTH, projectPoint } from './geo';
import { layoutLabels } from './label-layout';

export interface PlaceLocatorProps {
  lat: number;
  lon: number;
  label: string;
  /** Accessible name of the map, e.g. "Almaty on the map". */
  title: string;
  className?: string;
}

const FONT_SIZE = 22;
const RADIUS = 10;

/** The base map with one place marked, for an entity page. A picture: no links inside. */
export function PlaceLocator({ lat, lon, label, title, className = '' }: PlaceLocatorProps) {
  const titleId = `${useId()}-title`;
  const projected = projectPoint(lat, lon);
  const point = projected && isInsideMap(projected, RADIUS) ? projected : null;
  const [placed] = point
    ? layoutLabels([{ key: 'place', text: label, radius: RADIUS + 4, ...point }], {
        fontSize: FONT_SIZE,
        maxLabels: 1,
        width: MAP_WIDTH,
        height: MAP_HEIGHT,
      })
    : [];

  return (
    <svg
      viewBox={MAP_VIEW_BOX}
      role="img"
      aria-labelledby={titleId}
      className={`block h-auto w-full overflow-hidden rounded-lg ${className}`}
    >
      <title id={titleId}>{title}</title>
      <BaseMap />
      {point && (
        <g>
          <circle cx={point.x} cy={point.y} r={RADIUS * 2.6} className="fill-brand-500/20 dark:fill-cyan-400/20" />
          <circle
            cx={point.x}
            cy={point.y}
            r={RADIUS}
            strokeWidth={2.5}
            className="fill-brand-600 stroke-white dark:fill-cyan-400 dark:stroke-slate-900"
          />
          {placed && (
            <text
              x={Math.round(placed.x * 10) / 10}
              y={Math.round(placed.y * 10) / 10}
              textAnchor={placed.anchor}
              fontSize={FONT_SIZE}
              fontWeight={600}
              strokeWidth={4}
              strokeLinejoin="round"
              paintOrder="stroke"
              className="fill-slate-900 stroke-white/90 dark:fill-slate-100 dark:stroke-slate-900/90"
            >
              {label}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}
