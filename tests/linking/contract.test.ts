/** The contract other sites build against, as the atlas's build publishes it. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {ATLAS_BUILD} from './helpers';

test('each locale\'s glossary.json has its JSON Schema beside it, is valid by it, and lists every locale\'s file relative to itself', async () => {
  const [{default: Ajv2020}, {default: addFormats}] = await Promise.all([import('ajv/dist/2020'), import('ajv-formats')]);
  for (const dir of ['', 'zh-Hans']) {
    const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ATLAS_BUILD, dir, name), 'utf8')) as Record<string, unknown>;
    const glossary = read('glossary.json') as {$schema: string; formatVersion: number; files: Record<string, string>; entries: {id: string; altIds: string[]}[]};
    const schema = read('glossary.schema.json');
    assert.equal(schema.$id, glossary.$schema);
    assert.match(glossary.$schema, new RegExp(`${dir ? `/${dir}` : ''}/glossary\\.schema\\.json$`));
    const validate = addFormats(new Ajv2020({allErrors: true, strict: true})).compile(schema);
    assert.ok(validate(glossary), JSON.stringify(validate.errors?.slice(0, 3)));
    for (const file of Object.values(glossary.files)) assert.ok(fs.existsSync(path.join(ATLAS_BUILD, dir, file)), `${dir}/${file}`);
    // Old ids keep resolving: kvcache's redirect_from and its English alias slugs are exported with it.
    assert.deepEqual(glossary.entries.find((e) => e.id === 'kvcache')?.altIds, ['key-value-cache', 'kv-cache']);
  }
});
