/**
 * The production build (run `npm run build` first) served as `npm run serve` serves it, and one
 * Chromium, for the tests of one file: `useBuiltSite()` registers the hooks that start them before
 * the file's tests and close them after.
 */
import {after, before} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {serve, type StaticServer} from './server';
import {launch, type Session} from './browser';

export const BUILD = path.resolve(__dirname, '../../build');

export interface BuiltSite {
  readonly server: StaticServer;
  readonly session: Session;
}

export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let session: Session | undefined;
  before(async () => {
    assert.ok(fs.existsSync(path.join(BUILD, 'index.html')), 'build/ is missing: run `npm run build` first');
    server = await serve(BUILD);
    session = await launch();
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    assert.ok(value, 'the built site is used before its `before` hook ran');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get session() {
      return started(session);
    },
  };
}
