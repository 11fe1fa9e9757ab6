/**
 * Each fault a contributor can make that only the build can see fails the
 * build, and the message names the file and what to fix. Each case builds a
 * copy of the fixture site (English only, to keep it quick) with one fault.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {build, fixtureSite} from '../fixtureSite';

const append = (extra: string) => (text: string) => `${text}\n${extra}\n`;

test('the fixture site itself builds', () => {
  const {status, output} = build(fixtureSite({}));
  assert.equal(status, 0, output);
});

const faults: {name: string; edits: Record<string, (text: string) => string>; expected: RegExp[]}[] = [
  {
    name: 'a link to a missing page',
    edits: {'docs/people/ada-li.mdx': append('See [nobody](./nobody.mdx).')},
    expected: [/docs\/people\/ada-li\.mdx:12: `\.\/nobody\.mdx` leads to no file/],
  },
  {
    name: 'an absolute link inside the reference, which would leave the reader\'s edition',
    edits: {'docs/people/ada-li.mdx': append('See [Bob Wu](/docs/people/bob-wu).')},
    expected: [/docs\/people\/ada-li\.mdx:12: `\/docs\/people\/bob-wu` is an absolute link/, /\(\.\/bob-wu\.mdx\)/],
  },
  {
    name: 'a link to a missing anchor',
    edits: {'glossary/beta.mdx': append('See [the sources of Bob Wu](/docs/people/bob-wu#nowhere).')},
    expected: [/broken anchors/i, /\/glossary\/beta/, /\/docs\/people\/bob-wu#nowhere/],
  },
  {
    name: 'a missing image',
    edits: {'docs/people/ada-li.mdx': append('![A portrait](./portrait.png)')},
    expected: [/portrait\.png/, /docs\/people\/ada-li\.mdx/],
  },
  {
    name: 'malformed front matter',
    edits: {'glossary/beta.mdx': (t) => t.replace('topics: [storage]', 'topics: [storage')},
    expected: [/glossary\/beta\.mdx: front matter is not valid YAML/, /fix: check the block between the two `---` lines/],
  },
];

for (const {name, edits, expected} of faults) {
  test(`the build fails on ${name}, naming the file`, () => {
    const {status, output} = build(fixtureSite(edits));
    assert.notEqual(status, 0, `the build succeeded:\n${output}`);
    for (const pattern of expected) assert.match(output, pattern);
  });
}
