import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import remarkCjkFriendly from 'remark-cjk-friendly';
import rehypeKatex from 'rehype-katex';
import remarkAtlasEntry from './src/remark/atlasEntry';
import rehypeFailOnKatexErrors from './src/remark/failOnKatexErrors';
import rehypeFocusableFormulas from './src/remark/focusableFormulas';
import {glossaryRedirectsTo} from './src/plugins/atlas/redirects';
import {editions} from './src/plugins/atlas/loadAtlas';
import atlasPlugin, {type AtlasOptions} from './src/plugins/atlas';
import {DEFAULT_LOCALE, LOCALES} from './src/plugins/atlas/vocabulary';
import fontFilesPlugin from './src/plugins/fontFiles';
import prismOnDemandPlugin from './src/plugins/prismOnDemand';
import {searchPlugins, searchThemeConfig} from './src/plugins/search/config';
import versionPropsPlugin from './src/plugins/versionProps';
import routeShardsPlugin from './src/plugins/routeShards';
import bundleOnePlugin from './src/plugins/bundleOne';
import {atlasBundler, webpackWithoutMermaidElk} from './src/config/bundler';
import {archivedEditionLinks, archiveNotice, docsEditionOptions, editionPlan} from './src/config/editions';
import {sectionsOnly} from './src/sidebars/sectionsOnly';
import {entrySidebar} from './src/sidebars/entrySidebar';

const siteDir = __dirname;
// The working copy and the newest edition are live; older editions are static builds of their own (src/config/editions.ts).
const plan = editionPlan(editions(siteDir));
// The public origin; set SITE_URL when deploying. It only affects absolute URLs (sitemap, /glossary.json, canonical links).
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const editBase = process.env.ATLAS_EDIT_URL?.replace(/\/$/, '');

const commonDocsOptions = {
  // remark-cjk-friendly: `**…。**` before a CJK character closes as it does in Chinese typesetting (CommonMark alone leaves the asterisks).
  remarkPlugins: [remarkMath, remarkCjkFriendly, [remarkAtlasEntry, {siteDir}]],
  // strict: a formula KaTeX would only warn about (Chinese text outside \text{}) is an error too, and the build fails on it.
  // Display formulas that scroll sideways are keyboard-reachable (focusableFormulas).
  rehypePlugins: [[rehypeKatex, {strict: 'error'}], rehypeFailOnKatexErrors, rehypeFocusableFormulas],
  showLastUpdateTime: false,
  // "Edit this page" points at the repository named by ATLAS_EDIT_URL (e.g. https://git.example.org/atlas/edit/main),
  // at the translated file on translated pages; without it no edit link is shown rather than one that leads nowhere.
  ...(editBase ? {editUrl: editBase, editLocalizedFiles: true} : {}),
} satisfies DocsOptions;

const config = {
  title: 'HPC Atlas',
  tagline: 'People, systems and ideas of China’s high-performance computing and AI infrastructure',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: plan.baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    // `## Title {#id}` gives a section a stable anchor (list pages link `#powergraph`); future.v4 turns
    // this MDX 1 syntax off by default, so it is kept on explicitly, and the content check parses it the same way.
    mdx1Compat: {headingIds: true, comments: false, admonitions: false},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    // Sidebars list sections, not entries (see src/sidebars); entry pages still show their section's sidebar.
    parseFrontMatter: entrySidebar(siteDir),
  },
  // Docusaurus Faster (Rspack); ATLAS_BUNDLER=webpack builds with webpack instead (npm run bench compares them).
  future: {v4: true, faster: atlasBundler() === 'rspack'},

  i18n: {
    // One list of locales, shared with the content model (src/plugins/atlas/vocabulary.ts).
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en'},
      // Stated rather than inferred so that `npm run build`, which builds one locale per process
      // (scripts/build.ts), serves Chinese under /zh-Hans/ as a build of all locales does.
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans', baseUrl: `${plan.baseUrl}zh-Hans/`},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          ...commonDocsOptions,
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: sectionsOnly('docs'),
          ...docsEditionOptions(plan),
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        ...commonDocsOptions,
        id: 'glossary',
        path: 'glossary',
        routeBasePath: 'glossary',
        sidebarPath: './sidebars.glossary.ts',
        sidebarItemsGenerator: sectionsOnly('glossary'),
      } satisfies DocsOptions,
    ],
    // Docusaurus types a plugin's content as unknown; ours is the typed graph, hence the widening.
    [atlasPlugin as PluginModule, {workingCopy: plan.workingCopy, editions: plan.live} satisfies AtlasOptions],
    // Old ids and English aliases of terms redirect to the entry. Called at postBuild, when the atlas
    // plugin has loaded the content: the config itself never reads content.
    ['@docusaurus/plugin-client-redirects', {createRedirects: (to: string) => glossaryRedirectsTo(siteDir, to)} satisfies RedirectOptions],
    ...searchPlugins(),
    fontFilesPlugin,
    prismOnDemandPlugin,
    // Each docs version's props module carries only the pages its sidebars link (see the plugin).
    versionPropsPlugin,
    // The route table reaches the browser in shards, one per page, not whole in main.js (see the plugin).
    routeShardsPlugin,
    ...(atlasBundler() === 'webpack' ? [webpackWithoutMermaidElk] : []),
    // `npm run build` compiles the client and the server bundle in separate processes (see the plugin); last, to see the final configs.
    bundleOnePlugin,
  ],

  themes: ['@docusaurus/theme-mermaid'],
  clientModules: ['./src/clientModules/katex.ts', './src/clientModules/idlePrefetch.ts'],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'HPC Atlas',
      // No alt: the title beside it names the link, so the theme marks the logo decorative (alt="").
      logo: {src: 'img/logo.svg'},
      items: [
        {to: '/docs/onboarding', label: 'Start here', position: 'left'},
        {type: 'docSidebar', sidebarId: 'reference', position: 'left', label: 'Reference'},
        {to: '/docs/people', label: 'People', position: 'left'},
        {to: '/docs/systems', label: 'Systems', position: 'left'},
        {to: '/glossary', label: 'Glossary', position: 'left', activeBaseRegex: '^/(zh-Hans/)?glossary'},
        {to: '/docs/history/timeline', label: 'History', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right', dropdownItemsAfter: archivedEditionLinks(plan)},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Reference',
          items: [
            {label: 'People', to: '/docs/people'},
            {label: 'Systems', to: '/docs/systems'},
            {label: 'Institutions', to: '/docs/institutions'},
          ],
        },
        {
          title: 'Glossary',
          items: [
            {label: 'All terms', to: '/glossary'},
            {label: 'Onboarding path', to: '/docs/onboarding'},
          ],
        },
        {
          title: 'History',
          items: [
            {label: 'Timeline', to: '/docs/history/timeline'},
            {label: 'Academic lineage', to: '/docs/history/lineage'},
          ],
        },
      ],
      copyright: 'HPC Atlas. Facts are drawn from the sources named on each page.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    ...searchThemeConfig(),
    ...(plan.archiveOf ? {announcementBar: archiveNotice(plan)} : {}),
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
