/** One timeline event in words, in the page's language; shared by the timeline page and entry pages. */
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {TimelineItem} from '@site/src/plugins/atlas/viewTypes';
import {EntryRef} from '../Atlas/EntryLinks';
import {advisorKindLabels, awardKindLabels, categoryLabels} from '../Atlas/labels';

export function EventStatement({event}: {event: TimelineItem}): ReactNode {
  const subject = event.entities[0] ? <EntryRef entry={event.entities[0]} /> : null;
  const s = event.statement;
  switch (s.type) {
    case 'text':
      return <>{s.text}</>;
    case 'system':
      return (
        <Translate id="atlas.event.system" values={{system: subject, category: categoryLabels()[s.category]}}>
          {'{system} ({category})'}
        </Translate>
      );
    case 'founded':
      return (
        <Translate id="atlas.event.founded" values={{name: subject}}>
          {'{name} is founded'}
        </Translate>
      );
    case 'award':
      return (
        <Translate id="atlas.event.award" values={{who: subject, award: <EntryRef entry={s.award} />, kind: awardKindLabels()[s.awardKind]}}>
          {'{who}: {award} ({kind})'}
        </Translate>
      );
    case 'venue':
      return (
        <Translate id="atlas.event.venue" values={{system: subject, venue: <EntryRef entry={s.venue} />}}>
          {'{system} is published at {venue}'}
        </Translate>
      );
    case 'advisor':
      return (
        <Translate id="atlas.event.advisor" values={{person: subject, advisor: <EntryRef entry={s.advisor} />, kind: advisorKindLabels()[s.advisorKind]}}>
          {'{person} with {advisor} ({kind})'}
        </Translate>
      );
  }
}

/** "1970s", "2021", "May 2021". */
export function EventDate({event, locale}: {event: TimelineItem; locale: string}): ReactNode {
  if (event.decade) {
    return (
      <Translate id="atlas.event.decade" values={{decade: event.year}}>
        {'{decade}s'}
      </Translate>
    );
  }
  if (event.month) return <>{new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(event.year, event.month - 1, 1)))}</>;
  return <>{event.year}</>;
}
