import assert from 'node:assert/strict';
import {test} from 'node:test';
import {bundleOne} from '../index';

test('without ATLAS_BUNDLE both compilations run as Docusaurus makes them (npm start, a plain docusaurus build)', () => {
  assert.equal(bundleOne({}), undefined);
  assert.equal(bundleOne({ATLAS_BUNDLE: ''}), undefined);
});

test('ATLAS_BUNDLE names one compilation and a folder for the server bundle; a wrong value is an error naming the fix', () => {
  assert.deepEqual(bundleOne({ATLAS_BUNDLE: 'server', ATLAS_BUNDLE_DIR: '/tmp/x'}), {compile: 'server', serverDir: '/tmp/x/server', clientStubDir: '/tmp/x/client-stub'});
  assert.throws(() => bundleOne({ATLAS_BUNDLE: 'both', ATLAS_BUNDLE_DIR: '/tmp/x'}), /ATLAS_BUNDLE must be "client" or "server"/);
  assert.throws(() => bundleOne({ATLAS_BUNDLE: 'client'}), /needs ATLAS_BUNDLE_DIR/);
  assert.throws(() => bundleOne({ATLAS_BUNDLE: 'client', ATLAS_BUNDLE_DIR: 'relative'}), /needs ATLAS_BUNDLE_DIR, an absolute folder/);
});
