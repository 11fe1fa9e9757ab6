/**
 * The home page: what the atlas covers and for whom, three ways in (look
 * something up, the onboarding path, the timeline), and a few highlights read
 * from the data (counts, the latest milestones), never typed by hand.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import home from '@generated/hpc-atlas/default/home.json';
import {EventDate, EventStatement} from '@site/src/components/Timeline/Statement';
import styles from './index.module.css';

interface Door {
  readonly to: string;
  readonly title: string;
  readonly text: string;
}

function useDoors(): Door[] {
  return [
    {
      to: '/glossary',
      title: translate({id: 'home.door.lookup.title', message: 'Look something up'}),
      text: translate({id: 'home.door.lookup.text', message: 'KV cache, RDMA, Mixture of Experts: short definitions in both languages, with the systems and people behind each term. Press Ctrl K (⌘ K) to search anywhere.'}),
    },
    {
      to: '/docs/onboarding',
      title: translate({id: 'home.door.onboarding.title', message: 'Your first week in AI infrastructure'}),
      text: translate({id: 'home.door.onboarding.text', message: 'An ordered path: the terms to know first, the systems to read about, and a question to check each step.'}),
    },
    {
      to: '/docs/history/timeline',
      title: translate({id: 'home.door.timeline.title', message: 'Sixty years on a timeline'}),
      text: translate({id: 'home.door.timeline.text', message: 'From Tsinghua’s first computer lab to Mooncake and KTransformers, and who advised whom along the way.'}),
    },
  ];
}

function Counts(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const n = new Intl.NumberFormat(i18n.currentLocale);
  const items = [
    {to: '/docs/people', count: home.counts.person, label: translate({id: 'home.count.people', message: 'people'})},
    {to: '/docs/systems', count: home.counts.system, label: translate({id: 'home.count.systems', message: 'systems'})},
    {to: '/docs/institutions', count: home.counts.institution, label: translate({id: 'home.count.institutions', message: 'institutions'})},
    {to: '/glossary', count: home.counts.term, label: translate({id: 'home.count.terms', message: 'glossary terms'})},
  ];
  return (
    <ul className={styles.counts}>
      {items.map((item) => (
        <li key={item.to}>
          <Link to={item.to}>
            <span className={styles.number}>{n.format(item.count)}</span> {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default function Home(): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <Layout
      title={translate({id: 'home.title', message: 'People, systems and ideas of Chinese HPC and AI infrastructure'})}
      description={translate({id: 'home.description', message: 'A bilingual reference on the people, systems and terms behind the HPC and AI-infrastructure work of Tsinghua University’s HPC institute.'})}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            HPC Atlas
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              A bilingual reference on the people, systems and ideas behind China’s high-performance computing and AI infrastructure, centred on Tsinghua University’s Institute of High Performance Computing.
            </Translate>
          </p>
          <p className={styles.audience}>
            <Translate id="home.audience">For engineers joining an AI-infrastructure team, and for anyone who meets Mooncake, MoE or RDMA and wants to know where they come from.</Translate>
          </p>
          <Counts />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className={styles.doors}>
          {useDoors().map((door) => (
            <Link key={door.to} to={door.to} className={styles.door}>
              <Heading as="h2" className={styles.doorTitle}>
                {door.title}
              </Heading>
              <p>{door.text}</p>
            </Link>
          ))}
        </div>
        {home.latest.length > 0 ? (
          <section className={styles.latest} aria-labelledby="latest">
            <Heading as="h2" id="latest">
              <Translate id="home.latest">Latest milestones</Translate>
            </Heading>
            <ul>
              {home.latest.map((event) => (
                <li key={event.id}>
                  <Link to={`/docs/history/timeline#${event.id}`} className={styles.when}>
                    <EventDate event={event} locale={i18n.currentLocale} />
                  </Link>{' '}
                  <EventStatement event={event} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className={styles.more}>
          <Link to="/docs/people">
            <Translate id="home.more.people">People</Translate>
          </Link>
          {' · '}
          <Link to="/docs/systems">
            <Translate id="home.more.systems">Systems</Translate>
          </Link>
          {' · '}
          <Link to="/docs/history/lineage">
            <Translate id="home.more.lineage">Academic lineage</Translate>
          </Link>
        </p>
      </main>
    </Layout>
  );
}
