import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.join(import.meta.dirname, '..');
/** Next's build folder, and the folder inside it that holds the copies. */
const BUILD = '.next';
const COPIES = 'copies';
/**
 * Left out of a copy: the build cache, the dev server's output, the copies themselves, and the
 * links to external packages (relative links: the copy's server finds them in the build folder above it).
 */
const NOT_COPIED = new Set(['cache', 'dev', 'node_modules', COPIES]);

interface PrerenderManifest {
  routes: Record<string, { initialRevalidateSeconds: number | false }>;
}

export interface BuildCopy {
  /** The copy's folder relative to the project: the server's NEXT_DIST_DIR. */
  distDir: string;
  remove: () => void;
}

/**
 * A copy of the current build for a server on another database than the build's. Next keeps the
 * pages it generates in its build folder and reads them back from there, so two servers of one
 * folder on different databases would serve each other's pages. The copy holds none of the pages
 * the build, or the first server, generated from their database: its server generates each one
 * from its own database at the first visit.
 */
export function copyBuild(name: string): BuildCopy {
  const build = path.join(projectRoot, BUILD);
  const distDir = path.join(BUILD, COPIES, name);
  const copy = path.join(projectRoot, distDir);
  rmSync(copy, { recursive: true, force: true });
  const pagesGeneratedSinceBuild = path.join(build, 'server', 'route-cache');
  for (const entry of readdirSync(build).filter((name) => !NOT_COPIED.has(name))) {
    cpSync(path.join(build, entry), path.join(copy, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => source !== pagesGeneratedSinceBuild,
    });
  }

  // Pages generated at build time that regenerate from the data (the rest hold none).
  const manifest = JSON.parse(readFileSync(path.join(copy, 'prerender-manifest.json'), 'utf8')) as PrerenderManifest;
  for (const [route, { initialRevalidateSeconds }] of Object.entries(manifest.routes)) {
    if (initialRevalidateSeconds === false) continue;
    const page = path.join(copy, 'server', 'app', route);
    if (!existsSync(`${page}.html`)) throw new Error(`The build's page ${route} is not at ${page}.html: has Next's build layout changed?`);
    for (const suffix of ['.html', '.rsc', '.meta', '.segments']) rmSync(`${page}${suffix}`, { recursive: true, force: true });
  }
  return {
    distDir,
    remove: () => {
      rmSync(copy, { recursive: true, force: true });
      if (readdirSync(path.dirname(copy)).length === 0) rmSync(path.dirname(copy), { recursive: true });
    },
  };
}
