/**
 * Which shard holds a route: shared by the build (which sorts the routes into shards) and the
 * browser (which finds the shard of a path it is about to show), so both compare the same key.
 * React Router matches paths case-insensitively and with or without a trailing slash; the key
 * does the same.
 */
export function shardKey(routePath: string): string {
  return routePath.toLowerCase().replace(/\/+$/, '') || '/';
}

/** Shards hold consecutive routes in key order; `starts` has each shard's first key. */
export function shardIndex(starts: readonly string[], key: string): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= key) low = middle;
    else high = middle - 1;
  }
  return low;
}
