/**
 * Syntax highlighting costs nothing on pages without code. The classic theme
 * loads Prism (prism-react-renderer with its bundled grammars) from a client
 * module on every page, so that `prism.additionalLanguages` can extend it,
 * and Prism builds its grammars when it loads: on a throttled phone that was
 * about 80 ms of main-thread work in every page's first task, on a site whose
 * only code blocks are Mermaid diagrams. With no additional languages that
 * client module has nothing to do, so this plugin swaps it for an empty one;
 * src/theme/CodeBlock then loads Prism with the first code block a page has.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

// The theme's client module, not the swizzlable @theme/prism-include-languages it calls.
const CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function prismOnDemandPlugin(context: LoadContext): Plugin {
  const prism = context.siteConfig.themeConfig.prism as {additionalLanguages?: readonly string[]} | undefined;
  const extraLanguages = prism?.additionalLanguages ?? [];
  return {
    name: 'prism-on-demand',
    configureWebpack(_config, _isServer, {currentBundler}) {
      // Additional languages must be registered up front, as the theme does; keep its module then.
      if (extraLanguages.length > 0) return {};
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(CLIENT_MODULE, path.join(__dirname, 'prismOnDemand.client.ts'))],
      };
    },
  };
}
