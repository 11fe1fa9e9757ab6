/** The onboarding path: the box at the top of each step, and the overview with the reader's progress. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {OnboardingStepView} from '@site/src/plugins/atlas/viewTypes';
import {EntryRef, EntryRefs} from '../Atlas/EntryLinks';
import {useOnboardingProgress} from './progress';
import styles from './styles.module.css';

function DoneButton({step}: {step: OnboardingStepView}): ReactNode {
  const {done, toggle, ready} = useOnboardingProgress();
  const isDone = done.has(step.id);
  return (
    <button type="button" className={styles.done} aria-pressed={isDone} disabled={!ready} onClick={() => toggle(step.id)}>
      {isDone ? <Translate id="atlas.onboarding.done">✓ Done</Translate> : <Translate id="atlas.onboarding.markDone">Mark this step as done</Translate>}
    </button>
  );
}

/** At the top of a step page: where it sits in the path, the terms to know first, the pages to read. */
export function OnboardingStep({path}: {path: readonly OnboardingStepView[]}): ReactNode {
  const {metadata} = useDoc();
  const step = path.find((s) => s.id === metadata.id);
  if (!step) throw new Error(`<OnboardingStep> is on ${metadata.id}, which has no \`onboarding\` front matter`);
  const next = path.find((s) => s.step === step.step + 1);
  return (
    <aside className={styles.step} aria-label={translate({id: 'atlas.onboarding.stepLabel', message: 'Step {n} of {total}'}, {n: step.step, total: path.length})}>
      <p className={styles.position}>
        <Translate id="atlas.onboarding.stepLabel" values={{n: step.step, total: path.length}}>
          {'Step {n} of {total}'}
        </Translate>
      </p>
      <p className={styles.heading}>
        <Translate id="atlas.onboarding.terms">Terms to know first</Translate>
      </p>
      <dl className={styles.terms}>
        {step.terms.map((t) => (
          <div key={t.id}>
            <dt>
              <EntryRef entry={t} />
            </dt>
            <dd>{t.definition}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.heading}>
        <Translate id="atlas.onboarding.read">Then read</Translate>
      </p>
      <EntryRefs items={step.read} entry={(e) => e} />
      <div className={styles.actions}>
        <DoneButton step={step} />
        {next ? (
          <Link to={next.url}>
            <Translate id="atlas.onboarding.next" values={{title: next.title}}>
              {'Next: {title} →'}
            </Translate>
          </Link>
        ) : null}
      </div>
    </aside>
  );
}

/** The overview: every step, what it introduces, and which ones this reader has done. */
export function OnboardingPath({path}: {path: readonly OnboardingStepView[]}): ReactNode {
  const {done, ready} = useOnboardingProgress();
  const count = path.filter((s) => done.has(s.id)).length;
  return (
    <div className={styles.path}>
      <p aria-live="polite" className={styles.progress}>
        {ready
          ? translate({id: 'atlas.onboarding.progress', message: '{done} of {total} steps done (remembered in this browser only)'}, {done: count, total: path.length})
          : translate({id: 'atlas.onboarding.total', message: '{total} steps'}, {total: path.length})}
      </p>
      <ol className={styles.steps}>
        {path.map((s) => (
          <li key={s.id} data-done={done.has(s.id) || undefined}>
            <Link to={s.url} className={styles.stepTitle}>
              {s.title}
            </Link>
            {done.has(s.id) ? (
              <span className={styles.tick}>
                {' '}
                <Translate id="atlas.onboarding.done">✓ Done</Translate>
              </span>
            ) : null}
            <div className={styles.introduces}>
              <Translate id="atlas.onboarding.introduces">Introduces:</Translate> <EntryRefs items={s.terms} entry={(e) => e} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
