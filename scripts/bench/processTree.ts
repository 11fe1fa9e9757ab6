/**
 * Peak memory of a process and everything it starts, sampled from /proc: the
 * sum of the resident set sizes of the whole tree at each sample, and the
 * highest such sum. Worker threads live inside their process, so their memory
 * is in its RSS; child processes are added.
 */
import fs from 'node:fs';

const PAGE = 4096;

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces; the parent pid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function treeRss(root: number): number {
  const tree = children();
  let total = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop()!;
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended between the two reads.
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export const canSampleProc = (): boolean => fs.existsSync('/proc/self/statm');

/** Samples the tree under `pid` every `intervalMs` until stopped; returns the highest total seen, in bytes. */
export function samplePeakRss(pid: number, intervalMs = 200): {stop: () => number} {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
