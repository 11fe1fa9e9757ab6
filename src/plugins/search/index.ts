/**
 * Local search, with one change to @easyops-cn/docusaurus-search-local: the
 * plugin builds one index per docs version and puts the (unversioned) glossary
 * only into the latest one, so a reader on /docs/next could not find a term.
 * We add the glossary's pages to every version's index before it is built.
 */
import type {LoadContext, OptionValidationContext, Plugin, PluginModule} from '@docusaurus/types';
import * as searchLocalModule from '@easyops-cn/docusaurus-search-local';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import {withGlossaryInEveryVersion} from './glossaryInEveryVersion';

// The package's typings describe only its options; its CommonJS entry exports these two.
const searchLocal = searchLocalModule as unknown as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};

const atlasSearch: PluginModule = (context, options) => {
  // Docusaurus has already run validateOptions (below), which fills in the package's defaults.
  const plugin = searchLocal.default(context, options as PluginOptions);
  const postBuild = plugin.postBuild!;
  return {
    ...plugin,
    postBuild: (props) => postBuild.call(plugin, {...props, plugins: withGlossaryInEveryVersion(props.plugins)}),
  };
};
atlasSearch.validateOptions = <T, U>(data: OptionValidationContext<T, U>): U => searchLocal.validateOptions(data);

export default atlasSearch;
