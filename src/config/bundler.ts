/**
 * Which bundler builds the site: Docusaurus Faster (Rspack) by default, or
 * webpack with ATLAS_BUNDLER=webpack, which `npm run bench` uses to compare the two.
 */
import type {Plugin} from '@docusaurus/types';

export type Bundler = 'rspack' | 'webpack';

export function atlasBundler(env: NodeJS.ProcessEnv = process.env): Bundler {
  const value = env.ATLAS_BUNDLER ?? 'rspack';
  if (value !== 'rspack' && value !== 'webpack') throw new Error(`ATLAS_BUNDLER must be "rspack" (Docusaurus Faster, the default) or "webpack", not "${value}"`);
  return value;
}

/**
 * For webpack builds only: @docusaurus/theme-mermaid imports its optional ELK layout package in
 * code that webpack, unlike Rspack, still resolves when the package is absent, and the build fails
 * (Docusaurus issue #11430). Without the package, the import resolves to an empty module.
 */
export function webpackWithoutMermaidElk(): Plugin {
  return {
    name: 'atlas-webpack-without-mermaid-elk',
    configureWebpack() {
      return {resolve: {alias: {'@mermaid-js/layout-elk': false}}};
    },
  };
}
