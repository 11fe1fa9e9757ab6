/** The home page: what the site is, and the three ways in (glossary, systems, people). */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
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
      title: translate({id: 'home.door.glossary.title', message: 'Glossary'}),
      text: translate({id: 'home.door.glossary.text', message: 'KV cache, RDMA, Mixture of Experts: short definitions in both languages, with the systems that use each term.'}),
    },
    {
      to: '/docs/systems',
      title: translate({id: 'home.door.systems.title', message: 'Systems'}),
      text: translate({id: 'home.door.systems.text', message: 'Mooncake, FastMoE, KTransformers, BaGuaLu: what each does, who built it and when.'}),
    },
    {
      to: '/docs/people',
      title: translate({id: 'home.door.people.title', message: 'People'}),
      text: translate({id: 'home.door.people.text', message: 'The researchers, their advisors and students, and the systems they built.'}),
    },
  ];
}

export default function Home(): ReactNode {
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
          <Link className="button button--primary button--lg" to="/docs/intro">
            <Translate id="home.start">Start reading</Translate>
          </Link>
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
      </main>
    </Layout>
  );
}
