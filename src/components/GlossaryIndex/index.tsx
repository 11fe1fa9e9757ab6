/** The glossary index: terms grouped A–Z (by pinyin initial in Chinese), filterable by topic, every group and entry linkable. */
import {memo, useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useHistory, useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import type {GlossaryIndexItem} from '@site/src/plugins/atlas/viewTypes';
import {TOPIC_IDS, type TopicId} from '@site/src/plugins/atlas/vocabulary';
import {topicLabels} from '../Atlas/labels';
import {jsonLdText} from '../Atlas/jsonLdText';
import FilterButtons from '../FilterButtons';
import styles from './styles.module.css';

const letterId = (group: string) => `letter-${group === '#' ? 'other' : group.toLowerCase()}`;

/**
 * The letter groups, memoised: after hydration the index renders again (the topic filter is read
 * from the URL only in the browser), and with no filter the groups are the same array, so React
 * skips these hundreds of elements instead of comparing them all on the page's busiest moment.
 */
const Groups = memo(function Groups({groups}: {groups: readonly (readonly [string, readonly GlossaryIndexItem[]])[]}): ReactNode {
  return (
    <>
      {groups.map(([group, entries]) => (
        <section key={group} aria-labelledby={letterId(group)}>
          <Heading as="h2" id={letterId(group)}>
            {group}
          </Heading>
          <dl className={styles.entries}>
            {entries.map((item) => (
              <div key={item.id} id={item.id} className={styles.entry}>
                <dt>
                  <Link to={`/glossary/${item.id}`}>{item.name}</Link>
                  {item.otherName !== item.name ? <span className={styles.other}> · {item.otherName}</span> : null}
                  <a className={styles.anchor} href={`#${item.id}`} aria-label={translate({id: 'atlas.glossary.anchor', message: 'Link to {name} in this index'}, {name: item.name})}>
                    #
                  </a>
                </dt>
                <dd>
                  {item.definition}
                  {item.aliases.length > 0 ? (
                    <span className={styles.aliases}>
                      {' '}
                      <Translate id="atlas.glossary.aliases" values={{aliases: item.aliases.join(' · ')}}>
                        {'Also: {aliases}'}
                      </Translate>
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
});

function useTopicFilter(): [TopicId | undefined, (topic: TopicId | undefined) => void] {
  const location = useLocation();
  const history = useHistory();
  // The static HTML holds every term; a ?topic= filter applies only after hydration, so the
  // first client render matches the server's (a mismatch logs a hydration error).
  const isBrowser = useIsBrowser();
  const value = isBrowser ? new URLSearchParams(location.search).get('topic') : null;
  const topic = TOPIC_IDS.find((t) => t === value);
  const setTopic = (next: TopicId | undefined) => history.replace({...location, search: next ? `?topic=${next}` : '', hash: ''});
  return [topic, setTopic];
}

export default function GlossaryIndex({items}: {items: readonly GlossaryIndexItem[]}): ReactNode {
  const labels = topicLabels();
  const brokenLinks = useBrokenLinks();
  // /glossary#<id> is an advertised link; register every entry's anchor for the build's anchor check.
  for (const item of items) brokenLinks.collectAnchor(item.id);
  const [topic, setTopic] = useTopicFilter();
  const {siteConfig} = useDocusaurusContext();
  const jsonUrl = useBaseUrl('/glossary.json');
  const indexUrl = siteConfig.url.replace(/\/$/, '') + useBaseUrl('/glossary');
  const usedTopics = useMemo(() => TOPIC_IDS.filter((t) => items.some((i) => i.topics.includes(t))), [items]);
  const shown = topic ? items.filter((i) => i.topics.includes(topic)) : items;
  const groups = useMemo(() => {
    const map = new Map<string, GlossaryIndexItem[]>();
    for (const item of shown) map.set(item.group, [...(map.get(item.group) ?? []), item]);
    return [...map];
  }, [shown]);

  return (
    <div className={styles.index}>
      <Head>
        <script type="application/ld+json">
          {jsonLdText({
            '@context': 'https://schema.org',
            '@type': 'DefinedTermSet',
            '@id': indexUrl,
            name: translate({id: 'atlas.glossary.setName', message: 'HPC Atlas glossary'}),
            url: indexUrl,
            hasDefinedTerm: items.map((i) => ({'@type': 'DefinedTerm', name: i.name, termCode: i.id, url: `${indexUrl}/${i.id}`})),
          })}
        </script>
      </Head>
      <p className={styles.count} aria-live="polite">
        {topic
          ? translate({id: 'atlas.glossary.countFiltered', message: '{shown} of {total} entries on “{topic}”'}, {shown: shown.length, total: items.length, topic: labels[topic]})
          : translate({id: 'atlas.glossary.count', message: '{total} entries'}, {total: items.length})}
        {' · '}
        <a href={jsonUrl} type="application/json">
          <Translate id="atlas.glossary.json">Machine-readable (JSON)</Translate>
        </a>
      </p>
      <FilterButtons
        label={translate({id: 'atlas.glossary.filter', message: 'Filter by topic'})}
        allLabel={<Translate id="atlas.glossary.allTopics">All</Translate>}
        options={usedTopics}
        labels={labels}
        value={topic}
        onChange={setTopic}
      />
      <nav className={styles.jump} aria-label={translate({id: 'atlas.glossary.jump', message: 'Jump to letter'})}>
        {groups.map(([group]) => (
          <Link key={group} to={`#${letterId(group)}`}>
            {group}
          </Link>
        ))}
      </nav>
      <Groups groups={groups} />
    </div>
  );
}
