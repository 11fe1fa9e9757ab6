/** The MDX nodes the plugin writes in React mode: an import of the tooltip component and an element per link. */
import type {PhrasingContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {TermLink} from './terms.js';

/** The name the component is imported under; unusual enough not to meet a name of the page's own. */
export const COMPONENT_NAME = 'RemarkAtlasTerm';

/** `import RemarkAtlasTerm from 'remark-atlas-terms/react';`, with the estree MDX compiles. */
export function componentImport(source: string): MdxjsEsm {
  const raw = JSON.stringify(source);
  return {
    type: 'mdxjsEsm',
    value: `import ${COMPONENT_NAME} from ${raw};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: COMPONENT_NAME}}],
            source: {type: 'Literal', value: source, raw},
            attributes: [],
          },
        ],
      },
    },
  };
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({type: 'mdxJsxAttribute', name, value});

/** `<RemarkAtlasTerm href=… term=… name=… definition=…>text</RemarkAtlasTerm>`: string props, which React renders as text. */
export function componentElement(link: TermLink, children: PhrasingContent[], title: string | null | undefined): MdxJsxTextElement {
  const attributes = [
    attribute('href', link.url),
    attribute('term', link.id),
    attribute('name', link.name),
    attribute('definition', link.definition),
    attribute('locale', link.locale),
    ...(link.otherName ? [attribute('otherName', link.otherName), attribute('otherLang', link.otherLocale!)] : []),
    ...(title ? [attribute('title', title)] : []),
  ];
  return {type: 'mdxJsxTextElement', name: COMPONENT_NAME, attributes, children};
}

/** The attributes the framework-free script reads (`data-atlas-term` and friends), as hast properties of the link. */
export function linkProperties(link: TermLink): Record<string, string> {
  return {
    dataAtlasTerm: link.id,
    dataAtlasName: link.name,
    dataAtlasDefinition: link.definition,
    dataAtlasLang: link.locale,
    ...(link.otherName ? {dataAtlasOther: link.otherName, dataAtlasOtherLang: link.otherLocale!} : {}),
  };
}
