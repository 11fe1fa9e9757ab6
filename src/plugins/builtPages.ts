/** Where the build wrote a page: `<path>.html` (trailingSlash unset) or `<path>/index.html`. */
import fs from 'node:fs';
import path from 'node:path';

export function htmlFileFor(outDir: string, baseUrl: string, permalink: string): string {
  const rel = permalink.slice(baseUrl.length).replace(/\/$/, '');
  const flat = path.join(outDir, `${rel}.html`);
  return fs.existsSync(flat) ? flat : path.join(outDir, rel, 'index.html');
}
