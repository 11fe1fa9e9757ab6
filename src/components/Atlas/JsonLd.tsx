import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {DefinedTerm, Person, WithContext} from 'schema-dts';
import type {EntryView} from '@site/src/plugins/atlas/viewTypes';
import {jsonLdText} from './jsonLdText';

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
  if (!data) return null;
  return (
    <Head>
      <script type="application/ld+json">{jsonLdText(data)}</script>
    </Head>
  );
}
