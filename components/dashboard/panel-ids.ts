/** Ids of the dashboard's panels, the targets of its skip links (in the order the page shows them). */
export const DASHBOARD_PANELS = {
  timeline: 'dashboard-timeline',
  relations: 'dashboard-relations',
  relationList: 'dashboard-relation-list',
  volume: 'dashboard-volume',
  upcoming: 'dashboard-upcoming',
  latest: 'dashboard-latest',
} as const;
