import {test} from 'node:test';
import assert from 'node:assert/strict';
import {jsonLdText} from '../jsonLdText';

test('JSON-LD text cannot close its <script> element, and still parses to the same data', () => {
  const description = 'Fast </script><img src=x onerror=alert(1)> & more\u2028';
  const text = jsonLdText({'@context': 'https://schema.org', '@type': 'DefinedTerm', name: 'x', description});
  assert.doesNotMatch(text, /[<>&\u2028]/);
  assert.equal((JSON.parse(text) as {description: string}).description, description);
});
