/**
 * A second site, standing in for a team's own docs: it installs
 * remark-atlas-terms from the workspace and links atlas terms as
 * `[KV cache](atlas:kvcache)`, in English and Chinese. The tests build it
 * against the atlas's own build output (ATLAS_GLOSSARY), so every link is
 * checked against the glossary the atlas publishes.
 */
import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkAtlasTerms, {type Options as AtlasTermsOptions} from 'remark-atlas-terms';

const atlasTerms = {
  atlas: 'https://atlas.example.org',
  glossary: process.env.ATLAS_GLOSSARY ?? path.resolve(__dirname, '../../build/glossary.json'),
  react: true,
} satisfies AtlasTermsOptions;

const config = {
  title: 'Inference team docs',
  favicon: 'img/favicon.svg',
  url: 'https://docs.example.org',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  future: {v4: true, faster: true},
  i18n: {defaultLocale: 'en', locales: ['en', 'zh-Hans']},
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: '/', sidebarPath: false, remarkPlugins: [[remarkAtlasTerms, atlasTerms]]},
        blog: false,
        pages: false,
        sitemap: false,
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {title: 'Inference team', items: [{type: 'localeDropdown', position: 'right'}]},
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
