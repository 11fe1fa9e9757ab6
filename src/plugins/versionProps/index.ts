/**
 * Keeps the docs plugin's per-version props module (which every page of a docs
 * version loads) from growing with the content. Beside the sidebars, Docusaurus
 * puts in it the id, title and description of every page of the version, which
 * only its doc cards read (DocCard → useDocById), and only for pages listed in a
 * sidebar. Our sidebars list sections, so the loader keeps the pages the sidebars
 * link and drops the rest; at 10× content that list alone was ~90–130 KiB gzip per page.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function versionPropsPlugin(context: LoadContext): Plugin {
  return {
    name: 'atlas-version-props',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              // The docs plugins write each version's props as <generated>/docusaurus-plugin-content-docs/<id>/p/<name>.json.
              test: /[\\/]p[\\/][^\\/]+\.json$/,
              include: path.join(context.generatedFilesDir, 'docusaurus-plugin-content-docs'),
              // A loader runs in the bundler's own Node process, without TypeScript: hence CommonJS.
              use: [{loader: path.join(__dirname, 'sidebarDocsOnly.cjs')}],
            },
          ],
        },
      };
    },
  };
}
