/**
 * The end of every entry page: pages linking to a term, and the sources the page draws on.
 * Search skips these lists (data-search-ignore): they name other entries, and a page that merely
 * lists Mooncake must not compete with Mooncake's own page.
 */
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type {EntryView} from '@site/src/plugins/atlas/viewTypes';
import {SOURCES} from '@site/src/data/sources';
import {EventDate, EventStatement} from '../../Timeline/Statement';
import {Branch} from '../../Lineage';

export default function AtlasFooter({data}: {data: EntryView}): ReactNode {
  return (
    <>
      {data.kind === 'term' && data.backlinks.length > 0 ? (
        <section data-atlas-backlinks="" data-search-ignore="">
          <Heading as="h2" id="linked-from">
            <Translate id="atlas.footer.backlinks">Pages that link here</Translate>
          </Heading>
          <ul>
            {data.backlinks.map((p) => (
              <li key={p.url}>
                <Link to={p.url}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.events.length > 0 ? (
        <section data-atlas-events="" data-search-ignore="">
          <Heading as="h2" id="timeline">
            <Translate id="atlas.footer.events">On the timeline</Translate>
          </Heading>
          <ul>
            {data.events.map((event) => (
              <li key={event.id}>
                <EventDate event={event} locale={data.locale} />: <EventStatement event={event} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.kind === 'person' && (data.branch.up.length > 0 || data.branch.down.length > 0) ? (
        <section data-atlas-branch="" data-search-ignore="">
          <Heading as="h2" id="lineage">
            <Translate id="atlas.footer.lineage">Academic lineage</Translate>
          </Heading>
          <Branch up={data.branch.up} down={data.branch.down} />
        </section>
      ) : null}
      <section data-search-ignore="">
        <Heading as="h2" id="sources">
          <Translate id="atlas.footer.sources">Sources</Translate>
        </Heading>
        <ul>
          {data.sources.map((s) => {
            const source = SOURCES[s.source];
            return (
              <li key={`${s.source}:${s.lines}`}>
                <cite lang={source.language === 'zh' ? 'zh-Hans' : 'en'}>{source.title}</cite> ({source.publisher}),{' '}
                <Translate id="atlas.footer.lines" values={{lines: s.lines}}>
                  {'lines {lines}'}
                </Translate>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
