import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAtlas} from '../loadAtlas';
import {formatIssue} from '../issues';
import {onboardingPath} from '../views';
import {siteWith, ZH_DOCS} from './helpers';

const step = (n: number, terms: string, body: string) =>
  `---\ntitle: Step ${n}\ndescription: Step ${n} of the path.\nonboarding: {step: ${n}, terms: [${terms}], read: [person:ada-li]}\n---\n\n${body}\n`;
const zh = (n: number, body: string) => `---\ntitle: 第 ${n} 步\ndescription: 第 ${n} 步。\n---\n\n${body}\n`;

const path = (first: string) =>
  siteWith({
    'docs/onboarding/one.mdx': step(1, 'alpha', first),
    'docs/onboarding/two.mdx': step(2, 'beta', 'Now [beta](/glossary/beta), after [alpha](/glossary/alpha).'),
    [`${ZH_DOCS}/onboarding/one.mdx`]: zh(1, '先读[阿尔法](/glossary/alpha)。'),
    [`${ZH_DOCS}/onboarding/two.mdx`]: zh(2, '再读[贝塔](/glossary/beta)。'),
  });

test('the onboarding path lists its steps in order, with the terms each introduces', () => {
  const graph = loadAtlas(path('Start with [alpha](/glossary/alpha).'));
  assert.deepEqual(graph.issues.map(formatIssue), []);
  const steps = onboardingPath(graph, 'zh-Hans');
  assert.deepEqual(steps.map((s) => [s.step, s.id, s.url, s.title, s.terms.map((t) => t.name)]), [
    [1, 'onboarding/one', '/docs/onboarding/one', '第 1 步', ['阿尔法']],
    [2, 'onboarding/two', '/docs/onboarding/two', '第 2 步', ['贝塔']],
  ]);
});

test('a step that links a term a later step introduces fails, naming the line', () => {
  const graph = loadAtlas(path('Start with [alpha](/glossary/alpha) and [beta](/glossary/beta).'));
  assert.deepEqual(graph.issues.map(formatIssue), [
    'docs/onboarding/one.mdx:7: step 1 links `beta`, which step 2 introduces\n  → fix: introduce it here (add it to onboarding.terms of this step and remove it from step 2), or do not rely on it yet',
  ]);
});
