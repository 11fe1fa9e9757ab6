/** The glossary contract: the version check, clear messages for a malformed file, and agreement with the published JSON Schema. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {GLOSSARY_FORMAT_VERSION, GlossaryFormatError, parseGlossary} from '../format.js';
import {atlasFolder, render, sampleGlossary} from './helpers.js';

const schema = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../glossary.schema.json', import.meta.url)), 'utf8')) as {properties: {formatVersion: {const: number}}};
// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as {default?: typeof addFormatsModule}).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const validate = addFormats(new Ajv2020({allErrors: true, strict: true})).compile(schema);

const withEntry = (change: (entry: Record<string, unknown>) => void) => sampleGlossary('en', (entries) => change(entries[1]!));

/** Files this package must refuse, each with the message that names what is wrong. */
const MALFORMED: [string, unknown, RegExp][] = [
  ['no formatVersion', {...sampleGlossary('en'), formatVersion: undefined}, /has no "formatVersion": it comes from an HPC Atlas older than this package/],
  ['version 0', {...sampleGlossary('en'), formatVersion: 0}, /"formatVersion" must be a positive whole number, not 0/],
  ['a version as text', {...sampleGlossary('en'), formatVersion: '1'}, /"formatVersion" must be a positive whole number, not "1"/],
  ['a newer version', {...sampleGlossary('en'), formatVersion: GLOSSARY_FORMAT_VERSION + 1}, /is format version 2, newer than this remark-atlas-terms reads \(version 1\)\. Fix: upgrade the package/],
  ['an array', [], /is not an HPC Atlas glossary: expected a JSON object/],
  ['no entries', {...sampleGlossary('en'), entries: undefined}, /entries must be an array, not missing/],
  ['an entry without id', withEntry((e) => delete e.id), /entries\[1\]\.id must be an id \(lower-case letters and digits, joined by single hyphens\), not missing/],
  ['an id with a space', withEntry((e) => (e.id = 'kv cache')), /entries\[1\]\.id must be an id .*not "kv cache"/],
  ['a definition that is not text', withEntry((e) => (e.definition = {html: '<b>x</b>'})), /entries\[1\]\.definition must be a string/],
  ['a relative url', withEntry((e) => (e.url = '/glossary/kvcache')), /entries\[1\]\.url must be an absolute http\(s\) URL, not "\/glossary\/kvcache"/],
  ['a javascript: url', withEntry((e) => (e.url = 'javascript:alert(1)')), /entries\[1\]\.url must be an absolute http\(s\) URL, not "javascript:alert\(1\)"/],
  ['a bad alternate', withEntry((e) => (e.alternates = [{locale: 'zh-Hans'}])), /entries\[1\]\.alternates must be an array whose item 0 is an object with locale, term and url/],
  ['no files map', {...sampleGlossary('en'), files: 'glossary.json'}, /files must be an object mapping each locale to a file URL/],
];

for (const [name, value, message] of MALFORMED) {
  test(`a glossary with ${name} is refused, naming the field`, () => {
    assert.throws(() => parseGlossary(value, 'atlas/glossary.json'), (err: Error) => {
      assert.ok(err instanceof GlossaryFormatError);
      assert.match(err.message, /^atlas\/glossary\.json/);
      assert.match(err.message, message);
      return true;
    });
    assert.equal(validate(JSON.parse(JSON.stringify(value ?? null))), false, 'the JSON Schema refuses it too');
  });
}

test('the sample glossaries are valid by the package and by the schema, whose version is the package\'s', () => {
  assert.equal(schema.properties.formatVersion.const, GLOSSARY_FORMAT_VERSION);
  for (const locale of ['en', 'zh-Hans'] as const) {
    const value = sampleGlossary(locale);
    assert.equal(parseGlossary(value, locale).entries.length, 4);
    assert.ok(validate(value), JSON.stringify(validate.errors));
  }
});

test('a file that sends the other locale elsewhere is refused', async () => {
  const dir = atlasFolder({'glossary.json': {...sampleGlossary('en'), files: {en: 'glossary.json', 'zh-Hans': 'https://elsewhere.example/glossary.json'}}});
  await assert.rejects(render('[x](atlas:kvcache)', {glossary: path.join(dir, 'glossary.json'), locale: 'zh-Hans'}), /files\["zh-Hans"\] \(https:\/\/elsewhere\.example\/glossary\.json\) leads away from the atlas/);
});

test('an id that leads to two entries is refused', () => {
  const value = sampleGlossary('en', (entries) => ((entries[0]!.altIds as string[]).push('kv-cache')));
  assert.throws(() => parseGlossary(value, 'g.json'), /entries\[1\]\.altIds: "kv-cache" also leads to "hbm"/);
});

test('a local glossary file that is not JSON, or of an older format, fails the build naming the file and the fix', async () => {
  const dir = atlasFolder({'glossary.json': '<!doctype html><title>Not found</title>'});
  await assert.rejects(render('[x](atlas:kvcache)', {glossary: path.join(dir, 'glossary.json')}), (err: Error) => {
    assert.match(err.message, new RegExp(`${dir}/glossary\\.json is not valid JSON \\(.*\\)\\. Fix: point \`glossary\` at the glossary\\.json an HPC Atlas build wrote`));
    return true;
  });
  const old = atlasFolder({'glossary.json': {locale: 'en', count: 0, entries: []}});
  await assert.rejects(render('[x](atlas:kvcache)', {glossary: path.join(old, 'glossary.json')}), /glossary\.json has no "formatVersion"/);
  await assert.rejects(render('[x](atlas:kvcache)', {glossary: path.join(old, 'missing.json')}), /cannot read the glossary file .*missing\.json \(ENOENT\)\. Fix: build the atlas first/);
});
