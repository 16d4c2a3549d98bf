import type { RelationType } from '@/lib/domain/vocabulary';

/**
 * One stroke colour per relation type. Arcs are drawn on a casing of ARC_CASING colour, so each
 * colour needs 3:1 contrast against both casings (WCAG non-text contrast) rather than against
 * every land and water tint underneath.
 */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  SISTER_CITIES: '#db2777',
  COOPERATION: '#2563eb',
  AGREEMENT: '#8b5cf6',
  FLIGHTS: '#ea580c',
  VISIT: '#059669',
  OTHER: '#64748b',
};

/** The casing behind arcs and points: Tailwind white (light) and slate-900 (dark). */
export const ARC_CASING = { light: '#ffffff', dark: '#0f172a' } as const;
