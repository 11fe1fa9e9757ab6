import {test} from 'node:test';
import assert from 'node:assert/strict';
import {archivedEditionLinks, docsEditionOptions, editionPlan} from '../editions';

test('a build keeps the working copy and the newest edition live, and links the older ones as archives', () => {
  const plan = editionPlan(['2027', '2026.2', '2026.1'], {});
  assert.deepEqual([plan.workingCopy, plan.live, plan.archived, plan.baseUrl], [true, ['2027'], ['2026.2', '2026.1'], '/']);
  assert.deepEqual(docsEditionOptions(plan).onlyIncludeVersions, ['current', '2027']);
  assert.deepEqual(
    archivedEditionLinks(plan, 'zh-Hans').map((l) => l.href),
    ['pathname:///editions/2026.2/zh-Hans/docs', 'pathname:///editions/2026.1/zh-Hans/docs'],
  );
  assert.equal(archivedEditionLinks(plan, 'en')[0]?.href, 'pathname:///editions/2026.2/docs');
});

test('before any cut only the working copy is built', () => {
  const plan = editionPlan([], {});
  assert.deepEqual(docsEditionOptions(plan), {onlyIncludeVersions: ['current'], versions: {current: {label: 'Current', banner: 'none'}}});
});

test('ATLAS_ARCHIVE_EDITION builds one edition alone under /editions/<name>/, and refuses an unknown one', () => {
  const plan = editionPlan(['2027', '2026.1'], {ATLAS_ARCHIVE_EDITION: '2026.1'});
  assert.deepEqual([plan.baseUrl, plan.workingCopy, plan.live], ['/editions/2026.1/', false, ['2026.1']]);
  assert.deepEqual(docsEditionOptions(plan).onlyIncludeVersions, ['2026.1']);
  assert.throws(() => editionPlan(['2027'], {ATLAS_ARCHIVE_EDITION: '2025'}), /ATLAS_ARCHIVE_EDITION=2025 names no edition; versions.json lists: 2027/);
});
