// Algolia Crawler configuration for HPC Atlas, for operators who switch the site to Algolia
// DocSearch (set ALGOLIA_APP_ID, ALGOLIA_API_KEY and ALGOLIA_INDEX_NAME when building; see README,
// "Search"). Paste it into the Crawler's editor and replace the three placeholders.
//
// It follows the DocSearch template for Docusaurus v3, with what the local index also does:
// - the lists that name other entries (marked data-search-ignore) and the MathML copy of
//   formulas are dropped, so a page that merely lists Mooncake does not rank as Mooncake;
// - each page's other names (meta keywords: names in both languages, pinyin, aliases) are
//   searchable, ranked just below the title;
// - language and docusaurus_tag become facets: the site's contextualSearch filters by them, so a
//   reader searches their language and their edition. The glossary declares the tag of its own
//   docs instance; the search bar includes it on every page.
new Crawler({
  appId: 'YOUR_APP_ID',
  apiKey: 'YOUR_CRAWLER_WRITE_API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: ['https://YOUR_SITE/', 'https://YOUR_SITE/zh-Hans/'],
  sitemaps: ['https://YOUR_SITE/sitemap.xml', 'https://YOUR_SITE/zh-Hans/sitemap.xml'],
  discoveryPatterns: ['https://YOUR_SITE/**'],
  // Full results page and machine-readable exports are not documents.
  exclusionPatterns: ['https://YOUR_SITE/**/search', 'https://YOUR_SITE/**/*.json'],
  ignoreCanonicalTo: false,
  actions: [
    {
      indexName: 'YOUR_INDEX_NAME',
      pathsToMatch: ['https://YOUR_SITE/**/docs/**', 'https://YOUR_SITE/**/glossary**'],
      recordExtractor: ({$, helpers}) => {
        $('[data-search-ignore], .katex-mathml, .hash-link, nav.theme-doc-breadcrumbs').remove();
        const keywords = $('meta[name="keywords"]').attr('content') ?? '';
        return helpers
          .docsearch({
            recordProps: {
              lvl0: {
                selectors: ['.menu__link.menu__link--sublist.menu__link--active', '.navbar__item.navbar__link--active'],
                defaultValue: 'HPC Atlas',
              },
              lvl1: ['header h1', 'article h1'],
              lvl2: 'article h2',
              lvl3: 'article h3',
              lvl4: 'article h4',
              content: 'article p, article li, article td:last-child, article dd',
              lang: {selectors: ['html'], attribute: 'lang'},
              language: {selectors: ['meta[name="docsearch:language"]'], attribute: 'content'},
              docusaurus_tag: {selectors: ['meta[name="docsearch:docusaurus_tag"]'], attribute: 'content'},
            },
            aggregateContent: true,
            recordVersion: 'v3',
            indexHeadings: true,
          })
          .map((record) => ({...record, keywords}));
      },
    },
  ],
  initialIndexSettings: {
    YOUR_INDEX_NAME: {
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(keywords)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      minWordSizefor1Typo: 3,
      minWordSizefor2Typos: 7,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      // Both languages' pages share the index; Algolia segments Chinese text when zh is listed here.
      queryLanguages: ['en', 'zh'],
      indexLanguages: ['en', 'zh'],
    },
  },
});
