/**
 * JSON-LD as the text of a <script> element. JSON.stringify alone is not safe
 * there: a "</script>" inside a description would end the element and whatever
 * follows would become markup. Escaping <, > and & as \u003c… keeps the JSON
 * equal and the HTML inert; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
import type {Thing, WithContext} from 'schema-dts';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdText(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
