declare module '@generated/hpc-atlas/default/glossary-tooltips.json' {
  import type {TooltipEntry} from '@site/src/plugins/atlas/viewTypes';
  const tooltips: Record<string, TooltipEntry>;
  export default tooltips;
}

declare module '@generated/hpc-atlas/default/home.json' {
  import type {HomeView} from '@site/src/plugins/atlas/viewTypes';
  const home: HomeView;
  export default home;
}
