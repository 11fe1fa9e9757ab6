/** The facts box at the top of every entry page, rendered from the entry's view data. */
import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Link from '@docusaurus/Link';
import type {AwardView, EntryView} from '@site/src/plugins/atlas/viewTypes';
import {EntryRefs} from '../EntryLinks';
import JsonLd from '../JsonLd';
import {
  advisorKindLabels,
  affiliationRoleLabels,
  awardKindLabels,
  categoryLabels,
  institutionKindLabels,
  orgRoleLabels,
  qualifiedFigure,
  quantityLabels,
  topicLabels,
  teamRoleLabels,
} from '../labels';
import styles from './styles.module.css';

type Row = readonly [label: string, value: ReactNode];

function years(since?: number, until?: number): string | undefined {
  if (since && until) return `${since}–${until}`;
  if (since) return translate({id: 'atlas.years.since', message: 'from {year}'}, {year: since});
  return undefined;
}

function Awards({awards}: {awards: readonly AwardView[]}): ReactNode {
  const kinds = awardKindLabels();
  return <EntryRefs items={awards} entry={(a) => a.term} note={(a) => `${a.year} · ${kinds[a.kind]}`} />;
}

function useRows(view: EntryView): Row[] {
  const {i18n} = useDocusaurusContext();
  const number = new Intl.NumberFormat(i18n.currentLocale, {notation: 'compact', maximumFractionDigits: 1});
  const rows: Row[] = [];
  const add = (label: string, value: ReactNode, when: boolean) => {
    if (when) rows.push([label, value]);
  };
  const names = view.names;
  add(translate({id: 'atlas.infobox.otherName', message: 'Chinese name', description: 'On English pages the other-language name is Chinese; translate as the name of the other language (英文名)'}), <span lang={view.locale === 'en' ? 'zh-Hans' : 'en'}>{names.secondary}</span>, Boolean(names.secondary));
  add(translate({id: 'atlas.infobox.pinyin', message: 'Pinyin'}), names.pinyin, Boolean(names.pinyin));
  // Shown, not only put into meta tags, so that search indexes every name a reader might type.
  const aliases = [...view.aliases.primary, ...view.aliases.secondary];
  add(translate({id: 'atlas.infobox.aliases', message: 'Also called'}), aliases.join(' · '), aliases.length > 0);

  switch (view.kind) {
    case 'person': {
      const roles = affiliationRoleLabels();
      const advisor = advisorKindLabels();
      const team = teamRoleLabels();
      add(translate({id: 'atlas.infobox.affiliations', message: 'Affiliations'}), <EntryRefs items={view.affiliations} entry={(a) => a.org} note={(a) => [roles[a.role], years(a.since, a.until)].filter(Boolean).join(', ')} />, view.affiliations.length > 0);
      add(translate({id: 'atlas.infobox.advisors', message: 'Advisors'}), <EntryRefs items={view.advisors} entry={(a) => a.person} note={(a) => [advisor[a.kind], a.year].filter(Boolean).join(', ')} />, view.advisors.length > 0);
      add(translate({id: 'atlas.infobox.students', message: 'Students'}), <EntryRefs items={view.students} entry={(s) => s.person} note={(s) => advisor[s.kind]} />, view.students.length > 0);
      add(translate({id: 'atlas.infobox.workedWith', message: 'Worked with'}), <EntryRefs items={view.workedWith} entry={(p) => p} />, view.workedWith.length > 0);
      add(translate({id: 'atlas.infobox.systems', message: 'Systems'}), <EntryRefs items={view.systems} entry={(s) => s.system} note={(s) => team[s.role]} />, view.systems.length > 0);
      add(translate({id: 'atlas.infobox.awards', message: 'Awards'}), <Awards awards={view.awards} />, view.awards.length > 0);
      break;
    }
    case 'system': {
      const team = teamRoleLabels();
      const org = orgRoleLabels();
      const quantity = quantityLabels();
      add(translate({id: 'atlas.infobox.category', message: 'Category'}), categoryLabels()[view.category], true);
      add(translate({id: 'atlas.infobox.year', message: 'Year'}), view.year, view.year !== undefined);
      add(translate({id: 'atlas.infobox.team', message: 'Team'}), <EntryRefs items={view.team} entry={(t) => t.person} note={(t) => team[t.role]} />, view.team.length > 0);
      add(translate({id: 'atlas.infobox.institutions', message: 'Institutions'}), <EntryRefs items={view.orgs} entry={(o) => o.org} note={(o) => org[o.role]} />, view.orgs.length > 0);
      add(translate({id: 'atlas.infobox.builtOn', message: 'Builds on'}), <EntryRefs items={view.builtOn} entry={(s) => s} />, view.builtOn.length > 0);
      add(translate({id: 'atlas.infobox.extendedBy', message: 'Extended by'}), <EntryRefs items={view.extendedBy} entry={(s) => s} />, view.extendedBy.length > 0);
      add(translate({id: 'atlas.infobox.venues', message: 'Venues'}), <EntryRefs items={view.venues} entry={(v) => v.term} note={(v) => String(v.year)} />, view.venues.length > 0);
      add(translate({id: 'atlas.infobox.awards', message: 'Awards'}), <Awards awards={view.awards} />, view.awards.length > 0);
      for (const f of view.figures) {
        const value = Array.isArray(f.value) ? `${number.format(f.value[0])}–${number.format(f.value[1])}` : number.format(f.value as number);
        add(quantity[f.quantity], qualifiedFigure(f.qualifier, value), true);
      }
      add(translate({id: 'atlas.infobox.terms', message: 'Key terms'}), <EntryRefs items={view.terms} entry={(t) => t} />, view.terms.length > 0);
      break;
    }
    case 'institution': {
      const roles = affiliationRoleLabels();
      const org = orgRoleLabels();
      add(translate({id: 'atlas.infobox.kind', message: 'Kind'}), institutionKindLabels()[view.institutionKind], true);
      add(translate({id: 'atlas.infobox.founded', message: 'Founded'}), view.founded, view.founded !== undefined);
      add(translate({id: 'atlas.infobox.parent', message: 'Part of'}), view.parent ? <Link to={view.parent.url}>{view.parent.name}</Link> : null, Boolean(view.parent));
      add(translate({id: 'atlas.infobox.units', message: 'Units'}), <EntryRefs items={view.children} entry={(c) => c} />, view.children.length > 0);
      add(translate({id: 'atlas.infobox.people', message: 'People'}), <EntryRefs items={view.people} entry={(p) => p.person} note={(p) => roles[p.role]} />, view.people.length > 0);
      add(translate({id: 'atlas.infobox.systems', message: 'Systems'}), <EntryRefs items={view.systems} entry={(s) => s.system} note={(s) => org[s.role]} />, view.systems.length > 0);
      break;
    }
    case 'term': {
      const topics = topicLabels();
      add(
        translate({id: 'atlas.infobox.topics', message: 'Topics'}),
        <ul className="atlas-inline-list">
          {view.topics.map((t) => (
            <li key={t}>
              <Link to={`/glossary?topic=${t}`}>{topics[t]}</Link>
            </li>
          ))}
        </ul>,
        true,
      );
      add(translate({id: 'atlas.infobox.related', message: 'Related terms'}), <EntryRefs items={view.related} entry={(t) => t} />, view.related.length > 0);
      add(translate({id: 'atlas.infobox.usedBy', message: 'Systems using it'}), <EntryRefs items={view.systems} entry={(s) => s} />, view.systems.length > 0);
      add(translate({id: 'atlas.infobox.honours', message: 'Recognised work'}), <EntryRefs items={view.honours} entry={(h) => h.entry} note={(h) => String(h.year)} />, view.honours.length > 0);
      break;
    }
  }
  return rows;
}

export default function AtlasInfobox({data}: {data: EntryView}): ReactNode {
  const rows = useRows(data);
  return (
    <aside className={styles.infobox} aria-labelledby={`infobox-${data.id}`} data-atlas-infobox={data.kind} data-search-weight="0.3">
      <JsonLd view={data} />
      <p className={styles.heading} id={`infobox-${data.id}`}>
        <Translate id="atlas.infobox.heading" description="Heading of the facts box on entry pages">
          At a glance
        </Translate>
      </p>
      {data.kind === 'term' ? <p className={styles.definition}>{data.definition}</p> : null}
      <dl className={styles.rows}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.row}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
