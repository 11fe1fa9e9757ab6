declare module '@generated/hpc-atlas/default/glossary-tooltips.json' {
  import type {TooltipEntry} from '@site/src/plugins/atlas/viewTypes';
  const tooltips: Record<string, TooltipEntry>;
  export default tooltips;
}
