import type { EventType } from '@/lib/domain/vocabulary';

/**
 * One colour per event type, mid-tones with 3:1 contrast (WCAG non-text) against both track
 * backgrounds in TRACK_BACKGROUND. Types shared with the relation map (agreement, visit, flights,
 * other) keep the map's colours.
 */
export const EVENT_TYPE_COLORS: Readonly<Record<EventType, string>> = {
  MEETING: '#2563eb',
  VISIT: '#059669',
  CONFERENCE: '#0891b2',
  AGREEMENT: '#8b5cf6',
  REFERENDUM: '#dc2626',
  PLAN: '#65a30d',
  FLIGHT_LAUNCH: '#ea580c',
  OPENING: '#c026d3',
  OTHER: '#64748b',
};

/** The card the timeline sits on: Tailwind white (light) and slate-900 (dark). */
export const TRACK_BACKGROUND = { light: '#ffffff', dark: '#0f172a' } as const;
