import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAtlas} from '../loadAtlas';
import {formatIssue} from '../issues';
import {timeline, lineage, entryView} from '../views';
import {getEntry} from '../graph';
import {GOOD_SITE, siteWith} from './helpers';

const event = (fields: string) => `- id: bob-arrives\n  year: 1990\n  kind: people\n  entities: [person:bob-wu]\n  en: Bob Wu arrives.\n  zh: 吴博到来。\n  lines: "6"\n${fields}`;

test('the timeline holds computed events and the events file, oldest first, in the page language', () => {
  const graph = loadAtlas(siteWith({'docs/history/_events.yaml': event('')}));
  assert.deepEqual(graph.issues, []);
  const items = timeline(graph, 'zh-Hans');
  assert.deepEqual(items.map((i) => [i.year, i.id, i.statement.type]), [
    [1990, 'bob-arrives', 'text'],
    [1999, 'test-institute-founded', 'founded'],
    [2021, 'sys-one-2021', 'system'],
  ]);
  assert.deepEqual(items[0]!.statement, {type: 'text', text: '吴博到来。'});
  // An entry's page lists its own events.
  const bob = entryView(graph, getEntry(graph, 'person', 'bob-wu')!, 'en');
  assert.deepEqual(bob.events.map((e) => e.id), ['bob-arrives']);
});

test('the events file fails on an unknown entry, and on an event its entry already records', () => {
  const unknown = loadAtlas(siteWith({'docs/history/_events.yaml': event('').replace('person:bob-wu', 'person:bob-wo')}));
  assert.deepEqual(unknown.issues.map(formatIssue), ['docs/history/_events.yaml › [0].entities.0: no person has the id `bob-wo`\n  → fix: did you mean `bob-wu`? name an entry that has a page']);
  const twice = loadAtlas(siteWith({'docs/history/_events.yaml': event('').replace('year: 1990', 'year: 2021').replace('person:bob-wu', 'system:sys-one')}));
  assert.deepEqual(twice.issues.map(formatIssue), ["docs/history/_events.yaml › [0]: this event is already computed from docs/systems/sys-one.mdx\n  → fix: remove it here: the entry's front matter is its one source"]);
});

test('the lineage tree starts at advisors who have none, and a person\'s branch shows both directions', () => {
  const graph = loadAtlas(GOOD_SITE);
  assert.deepEqual(lineage(graph, 'en').map((n) => [n.person.id, n.children.map((c) => [c.person.id, c.kind, c.formal])]), [['bob-wu', [['ada-li', 'phd', true]]]]);
  const ada = entryView(graph, getEntry(graph, 'person', 'ada-li')!, 'en');
  assert.ok(ada.kind === 'person');
  assert.deepEqual(ada.branch.up.map((n) => n.person.id), ['bob-wu']);
  assert.deepEqual(ada.branch.down, []);
});
