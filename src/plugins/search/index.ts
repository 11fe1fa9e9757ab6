/**
 * Local search, with one change to @easyops-cn/docusaurus-search-local: the
 * plugin builds one index per docs version and puts the (unversioned) glossary
 * only into the latest one, so a reader on /docs/next could not find a term.
 * We add the glossary's pages to every version's index before it is built.
 */
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import * as searchLocalModule from '@easyops-cn/docusaurus-search-local';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import {withGlossaryInEveryVersion} from './glossaryInEveryVersion';

// The package's typings describe only its options; its CommonJS entry exports these two.
const searchLocal = searchLocalModule as unknown as {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: (args: OptionValidationContext<PluginOptions, PluginOptions>) => PluginOptions;
};

export const validateOptions = searchLocal.validateOptions;

export default function atlasSearch(context: LoadContext, options: PluginOptions): Plugin {
  const plugin = searchLocal.default(context, options);
  const postBuild = plugin.postBuild!;
  return {
    ...plugin,
    postBuild: (props) => postBuild.call(plugin, {...props, plugins: withGlossaryInEveryVersion(props.plugins)}),
  };
}
