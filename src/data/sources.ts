/** The sources that pages cite by id in their `sources` front matter. */
import type {SourceId} from '@site/src/plugins/atlas/vocabulary';

export interface Source {
  /** Title in the source's own language. */
  readonly title: string;
  readonly publisher: string;
  readonly language: 'zh' | 'en';
}

export const SOURCES: Record<SourceId, Source> = {
  'hpc-stars': {title: '高性能计算群星闪耀时', publisher: 'AIGC宇宙', language: 'zh'},
};
