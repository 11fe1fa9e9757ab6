/** The search segmenter's user dictionary, computed from the graph by the plugin (never by the config). */
import type {AtlasGraph} from './graph';

/** Written by the plugin into its generated-files folder; read by the search plugin when it builds the index. */
export const JIEBA_DICT_FILE = 'jieba-user-dict.txt';

/**
 * A jieba user dictionary ("word frequency tag" per line) of every Chinese name and
 * alias in the graphs, so that 负载均衡 or 混合专家模型 stay whole tokens (a substring
 * still matches).
 */
export function chineseDictionary(graphs: readonly AtlasGraph[]): string {
  const words = new Set<string>();
  for (const graph of graphs) {
    for (const entry of graph.entries.values()) {
      for (const name of [entry.data.names.zh, ...(entry.data.aliases?.zh ?? [])]) {
        if (/[\u4e00-\u9fff]/.test(name) && !/\s/.test(name)) words.add(name);
      }
    }
  }
  return [...words].sort().map((w) => `${w} 100 n`).join('\n');
}
