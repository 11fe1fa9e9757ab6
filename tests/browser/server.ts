/** The browser tests serve the build with the same server as `npm run serve`: compression and cache headers included. */
export {resolveFile, serve, type StaticServer} from '../../scripts/static-server';
