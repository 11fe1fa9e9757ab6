/** The timeline page: every event of the edition, by decade, filterable by kind, each with an anchor. */
import {useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {TimelineItem} from '@site/src/plugins/atlas/viewTypes';
import {EVENT_KINDS, type EventKind} from '@site/src/plugins/atlas/vocabulary';
import {EntryRef} from '../Atlas/EntryLinks';
import {eventKindLabels} from '../Atlas/labels';
import FilterButtons from '../FilterButtons';
import {EventDate, EventStatement} from './Statement';
import styles from './styles.module.css';

export default function Timeline({items}: {items: readonly TimelineItem[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const brokenLinks = useBrokenLinks();
  // Every event is a link target (/docs/history/timeline#<id>); register them so the build's anchor check knows.
  for (const item of items) brokenLinks.collectAnchor(item.id);
  const labels = eventKindLabels();
  const [kind, setKind] = useState<EventKind | undefined>();
  const used = EVENT_KINDS.filter((k) => items.some((i) => i.kind === k));
  const shown = kind ? items.filter((i) => i.kind === kind) : items;
  const decades = useMemo(() => {
    const map = new Map<number, TimelineItem[]>();
    for (const item of shown) {
      const decade = Math.floor(item.year / 10) * 10;
      map.set(decade, [...(map.get(decade) ?? []), item]);
    }
    return [...map];
  }, [shown]);

  return (
    <div className={styles.timeline}>
      <FilterButtons
        label={translate({id: 'atlas.timeline.filter', message: 'Show events about'})}
        allLabel={<Translate id="atlas.timeline.all">Everything</Translate>}
        options={used}
        labels={labels}
        value={kind}
        onChange={setKind}
      />
      <p className={styles.count} aria-live="polite">
        {translate({id: 'atlas.timeline.count', message: '{shown} of {total} events'}, {shown: shown.length, total: items.length})}
      </p>
      {decades.map(([decade, events]) => (
        <section key={decade} aria-labelledby={`decade-${decade}`}>
          <Heading as="h2" id={`decade-${decade}`}>
            <Translate id="atlas.event.decade" values={{decade}}>
              {'{decade}s'}
            </Translate>
          </Heading>
          <ol className={styles.events}>
            {events.map((event) => (
              <li key={event.id} id={event.id} className={styles.event} data-kind={event.kind}>
                <span className={styles.date}>
                  <EventDate event={event} locale={i18n.currentLocale} />
                </span>
                <span className={styles.what}>
                  <EventStatement event={event} />
                  {event.statement.type === 'text' && event.entities.length > 0 ? (
                    <span className={styles.about}>
                      {' → '}
                      {event.entities.map((e, i) => (
                        <span key={`${e.kind}:${e.id}`}>
                          {i > 0 ? ', ' : null}
                          <EntryRef entry={e} />
                        </span>
                      ))}
                    </span>
                  ) : null}
                  <span className={styles.kind}> · {labels[event.kind]}</span>
                  <a className={styles.anchor} href={`#${event.id}`} aria-label={translate({id: 'atlas.timeline.anchor', message: 'Link to this event'})}>
                    #
                  </a>
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
