import { useId } from 'react';
import { BaseMap } from './base-map';
import { MAP_VIEW_BOX, roundCoordinate } from './geo';
import type { RelationType } from '@/lib/domain/vocabulary';
import { RELATION_COLORS } from './relation-colors';
import { layoutRelationMap, type LayoutSettings, type MapArc, type MapPlace, type PositionedArc, type PositionedPlace } from './relation-map-layout';

export { RELATION_COLORS } from './relation-colors';
export type { MapArc, MapPlace } from './relation-map-layout';

export interface RelationMapProps {
  places: MapPlace[];
  arcs: MapArc[];
  title: string;
  description: string;
  typeLabels: Readonly<Record<RelationType, string>>;
  className?: string;
  /** For a narrow panel: larger marks and type, labels only for places with a relation. */
  compact?: boolean;
  /** Heading of the list of numbered places (points whose names have no room on the map). */
  keyTitle: string;
  /** Text of the control that draws the map at full size, scrolling sideways in its frame. */
  enlargeLabel: string;
}

/** A compact map renders at roughly half width, so its marks and type are drawn larger. */
const SETTINGS: Record<'full' | 'compact', LayoutSettings & { strokeScale: number }> = {
  full: { fontSize: 14, maxLabels: 14, radiusScale: 1, labelArcPlacesOnly: false, strokeScale: 1 },
  compact: { fontSize: 21, maxLabels: 8, radiusScale: 1.4, labelArcPlacesOnly: true, strokeScale: 1.5 },
};

/**
 * Per-element classes would repeat on every arc and point, so the layers carry the styling and
 * their children inherit it. Arc links hold a wide hit path (shown as a halo on hover and focus)
 * and the coloured line; place links hold a focus ring, the dot and the label.
 */
const ARC_LAYER_CLASS = [
  '[&_a]:outline-none',
  '[&>a>path:first-of-type]:stroke-transparent',
  '[&>a:hover>path:first-of-type]:stroke-slate-400/40',
  '[&>a:focus-visible>path:first-of-type]:stroke-brand-500/60',
  'dark:[&>a:focus-visible>path:first-of-type]:stroke-brand-100/60',
].join(' ');

const PLACE_LAYER_CLASS = [
  '[&_a]:outline-none',
  '[&_circle]:stroke-white dark:[&_circle]:stroke-slate-900',
  '[&>a>circle:first-of-type]:stroke-transparent',
  '[&>a:hover>circle:first-of-type]:stroke-brand-500',
  '[&>a:focus-visible>circle:first-of-type]:stroke-brand-600',
  'dark:[&>a:focus-visible>circle:first-of-type]:stroke-brand-100',
  '[&_text]:fill-slate-800 [&_text]:stroke-white/90 dark:[&_text]:fill-slate-100 dark:[&_text]:stroke-slate-900/90',
  '[&>a:hover>text]:underline',
].join(' ');

function Arc({ positioned, strokeWidth }: { positioned: PositionedArc; strokeWidth: number }) {
  const { arc, d } = positioned;
  const line = <path d={d} stroke={RELATION_COLORS[arc.type]} />;
  if (!arc.href) {
    return (
      <g>
        <title>{arc.label}</title>
        {line}
      </g>
    );
  }
  return (
    <a href={arc.href} aria-label={arc.label}>
      <title>{arc.label}</title>
      <path d={d} strokeWidth={strokeWidth * 5} />
      {line}
    </a>
  );
}

function Place({ positioned }: { positioned: PositionedPlace }) {
  const { place, x, y, radius, arcCount, label, marker } = positioned;
  const shown = label ? { at: label, text: place.label } : marker ? { at: marker.label, text: String(marker.number) } : null;
  const inRelation = arcCount > 0;
  return (
    <a href={place.href} aria-label={place.label}>
      <title>{place.label}</title>
      <circle cx={x} cy={y} r={radius + 4} fill="none" strokeWidth={2.5} />
      <circle
        cx={x}
        cy={y}
        r={radius}
        className={inRelation ? 'fill-slate-800 dark:fill-slate-100' : 'fill-slate-500 dark:fill-slate-400'}
      />
      {shown && (
        <text
          x={roundCoordinate(shown.at.x)}
          y={roundCoordinate(shown.at.y)}
          textAnchor={shown.at.anchor}
          fontWeight={inRelation ? 600 : 500}
          strokeWidth={3.5}
          paintOrder="stroke"
        >
          {shown.text}
        </text>
      )}
    </a>
  );
}

/**
 * Places in Kazakhstan, China and around as points, their relations as arcs coloured by type,
 * and a legend of the types shown. Server-rendered SVG; every point and linked arc is a link.
 */
export function RelationMap({ places, arcs, title, description, typeLabels, className = '', compact = false, keyTitle, enlargeLabel }: RelationMapProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const enlargeId = `${id}-enlarge`;
  const settings = SETTINGS[compact ? 'compact' : 'full'];
  const layout = layoutRelationMap(places, arcs, settings);

  return (
    <div className={`group/map ${className}`}>
      {/* A checkbox, so the map grows without a script: checked, the map is drawn at its own size. */}
      <div className="mb-2 flex justify-end">
        <input id={enlargeId} type="checkbox" className="peer sr-only" data-testid="map-enlarge" />
        <label
          htmlFor={enlargeId}
          className="cursor-pointer rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:text-brand-900 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 dark:border-slate-700 dark:text-slate-200 dark:peer-checked:bg-slate-800 dark:peer-checked:text-brand-100"
        >
          {enlargeLabel}
        </label>
      </div>
      <div className="overflow-x-auto rounded-lg">
        {/* role="group", not "img": an img's children are presentational, which would hide the links. */}
        <svg
          viewBox={MAP_VIEW_BOX}
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="block h-auto w-full overflow-hidden rounded-lg group-has-[:checked]/map:min-w-[60rem]"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <BaseMap />
          <g fill="none" strokeLinecap="round">
            {/* One casing under all arcs keeps them legible over borders and land of any shade. */}
            {layout.arcs.length > 0 && (
              <path
                d={layout.arcs.map((positioned) => positioned.d).join('')}
                strokeWidth={5.5 * settings.strokeScale}
                className="stroke-white dark:stroke-slate-900"
              />
            )}
            <g strokeWidth={2.5 * settings.strokeScale} className={ARC_LAYER_CLASS}>
              {layout.arcs.map((positioned) => (
                <Arc key={positioned.id} positioned={positioned} strokeWidth={2.5 * settings.strokeScale} />
              ))}
            </g>
          </g>
          <g fontSize={settings.fontSize} strokeWidth={1.5} strokeLinejoin="round" className={PLACE_LAYER_CLASS}>
            {layout.places.map((positioned) => (
              <Place key={positioned.place.key} positioned={positioned} />
            ))}
          </g>
        </svg>
      </div>
      {layout.types.length > 0 && (
        <ul
          className={`mt-3 flex flex-wrap gap-x-5 gap-y-1.5 text-slate-600 dark:text-slate-300 ${compact ? 'text-xs' : 'text-sm'}`}
        >
          {layout.types.map((type) => (
            <li key={type} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-1 w-6 rounded-full" style={{ backgroundColor: RELATION_COLORS[type] }} />
              {typeLabels[type]}
            </li>
          ))}
        </ul>
      )}
      {layout.key.length > 0 && (
        <div className={`mt-3 text-slate-600 dark:text-slate-300 ${compact ? 'text-xs' : 'text-sm'}`} data-testid="map-key">
          <p className="font-medium">{keyTitle}</p>
          <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {layout.key.map(({ number, place }) => (
              <li key={place.key}>
                <span className="font-semibold text-slate-800 dark:text-slate-100">{number}</span> {place.label}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
