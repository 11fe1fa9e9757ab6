/** Byte counts as a reader's browser pays them: gzip at the default level, as a static host compresses. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gzipSize = (data: string | Buffer): number => zlib.gzipSync(data).length;
export const fileGzip = (file: string): number => gzipSize(fs.readFileSync(file));

export function walk(dir: string, skip: (dir: string) => boolean = () => false): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return skip(full) ? [] : walk(full, skip);
    return [full];
  });
}

export interface Sum {
  readonly raw: number;
  readonly gzip: number;
  readonly files: number;
}

export function sumFiles(files: readonly string[]): Sum {
  return files.reduce((s, f) => ({raw: s.raw + fs.statSync(f).size, gzip: s.gzip + fileGzip(f), files: s.files + 1}), {raw: 0, gzip: 0, files: 0});
}
