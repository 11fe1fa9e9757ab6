/**
 * One cold production build of a site (both locales, as `npm run build` makes
 * it), timed, with its peak memory: the process tree's RSS sampled from /proc,
 * and GNU time's maximum RSS of a single process (the largest step: a locale's bundling)
 * when /usr/bin/time is installed. Caches are removed first, so every figure is
 * a full build.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {canSampleProc, samplePeakRss} from './processTree';

export type Bundler = 'rspack' | 'webpack';

export interface BuildFigures {
  readonly bundler: Bundler;
  readonly seconds: number;
  /** Highest sum of RSS over the build's process tree, in bytes (undefined without /proc). */
  readonly peakTreeRss?: number;
  /** GNU time's "Maximum resident set size" (the largest single process), in bytes. */
  readonly maxProcessRss?: number;
  readonly outDir: string;
  readonly log: string;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => fs.existsSync(GNU_TIME);

/** Where a build's output goes. */
export const buildLog = (siteDir: string, bundler: Bundler): string => path.join(os.tmpdir(), `${path.basename(siteDir)}-${bundler}.log`);

export async function coldBuild(siteDir: string, bundler: Bundler, outDir: string): Promise<BuildFigures> {
  for (const dir of [outDir, path.join(siteDir, '.docusaurus'), path.join(siteDir, 'node_modules', '.cache')]) fs.rmSync(dir, {recursive: true, force: true});
  const log = buildLog(siteDir, bundler);
  // What `npm run build` runs: per locale, a bundling process, then one that renders the pages (scripts/build.ts).
  const command = [process.execPath, '--import', 'tsx', path.join(siteDir, 'scripts/build.ts'), '--out-dir', outDir];
  const [file, ...args] = hasGnuTime() ? [GNU_TIME, '-v', ...command] : command;
  const out = fs.openSync(log, 'w');
  const started = performance.now();
  const child = spawn(file!, args, {cwd: siteDir, env: {...process.env, ATLAS_BUNDLER: bundler}, stdio: ['ignore', out, out]});
  const sampler = canSampleProc() && child.pid ? samplePeakRss(child.pid) : undefined;
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peakTreeRss = sampler?.stop();
  fs.closeSync(out);
  const text = fs.readFileSync(log, 'utf8');
  if (status !== 0) {
    throw new Error(`the ${bundler} build of ${siteDir} failed (exit ${status}); the last lines of ${log}:\n${text.split('\n').slice(-25).join('\n')}`);
  }
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
  return {bundler, seconds, peakTreeRss, maxProcessRss: kb ? Number(kb) * 1024 : undefined, outDir, log};
}
