import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GOOD_SITE = path.join(__dirname, '__fixtures__', 'good-site');
export const ZH_DOCS = 'i18n/zh-Hans/docusaurus-plugin-content-docs/current';
export const ZH_GLOSSARY = 'i18n/zh-Hans/docusaurus-plugin-content-docs-glossary/current';

const made: string[] = [];
// Fixture copies live only as long as the test process.
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true});
});

/** A fresh copy of the good fixture site with one fault applied, so each test shows exactly one failure. */
export function siteWith(edits: Record<string, string | null | ((text: string) => string)>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-fixture-'));
  made.push(dir);
  fs.cpSync(GOOD_SITE, dir, {recursive: true});
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) fs.rmSync(target);
    else if (typeof edit === 'string') {
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, edit);
    } else {
      const before = fs.readFileSync(target, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
      fs.writeFileSync(target, after);
    }
  }
  return dir;
}

/** A temporary folder removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
