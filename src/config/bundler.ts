/**
 * Which bundler builds the site: Docusaurus Faster (Rspack) by default, or
 * webpack with ATLAS_BUNDLER=webpack, which `npm run bench` uses to compare the two.
 */
export type Bundler = 'rspack' | 'webpack';

export function atlasBundler(env: NodeJS.ProcessEnv = process.env): Bundler {
  const value = env.ATLAS_BUNDLER ?? 'rspack';
  if (value !== 'rspack' && value !== 'webpack') throw new Error(`ATLAS_BUNDLER must be "rspack" (Docusaurus Faster, the default) or "webpack", not "${value}"`);
  return value;
}
