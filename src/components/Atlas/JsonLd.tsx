import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {DefinedTerm, Person, WithContext} from 'schema-dts';
import type {EntryView} from '@site/src/plugins/atlas/viewTypes';
import {jsonLdText} from './jsonLdText';

/** Names, pinyin in both orders with and without the space, and aliases in both languages. */
export function searchKeywords(view: EntryView): string[] {
  const pinyin = view.names.pinyin;
  const spellings = pinyin
    ? (() => {
        const [family, ...given] = pinyin.split(' ');
        const g = given.join('');
        return [pinyin, `${g} ${family}`, `${family}${g}`.toLowerCase(), `${g}${family}`.toLowerCase()];
      })()
    : [];
  const all = [view.names.primary, view.names.secondary, ...spellings, ...view.aliases.primary, ...view.aliases.secondary];
  return [...new Set(all.filter((n): n is string => Boolean(n)).map((n) => n.replace(/,/g, ' ')))];
}

/** schema.org data for search engines: DefinedTerm for terms, Person for people. */
export default function JsonLd({view}: {view: EntryView}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const origin = siteConfig.url.replace(/\/$/, '');
  const absolute = (path: string) => origin + path;
  const glossaryUrl = absolute(useBaseUrl('/glossary'));
  const pageUrl = absolute(useBaseUrl(view.url));
  let data: WithContext<DefinedTerm> | WithContext<Person> | undefined;
  if (view.kind === 'term') {
    data = {
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      '@id': pageUrl,
      name: view.names.primary,
      alternateName: [view.names.secondary, ...view.aliases.primary, ...view.aliases.secondary].filter((n): n is string => Boolean(n)),
      description: view.definition,
      termCode: view.id,
      url: pageUrl,
      inDefinedTermSet: {'@type': 'DefinedTermSet', '@id': glossaryUrl, url: glossaryUrl},
    };
  } else if (view.kind === 'person') {
    data = {
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': pageUrl,
      name: view.names.primary,
      alternateName: [view.names.secondary, view.names.pinyin].filter((n): n is string => Boolean(n)),
      url: pageUrl,
      affiliation: view.affiliations.map((a) => ({'@type': 'Organization', name: a.org.name})),
    };
  }
  return (
    <Head>
      {/* Every name a reader might type, for the search index (which reads this tag) and for search engines. */}
      <meta name="keywords" content={searchKeywords(view).join(', ')} />
      {data ? <script type="application/ld+json">{jsonLdText(data)}</script> : null}
    </Head>
  );
}
