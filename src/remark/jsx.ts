/** Builders for the MDX nodes that the remark plugins inject. */
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';

/** `import name from 'source';` as an MDX ESM node, with the estree that MDX compiles. */
export function defaultImport(name: string, source: string): MdxjsEsm {
  const raw = JSON.stringify(source);
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${raw};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: source, raw},
            attributes: [],
          },
        ],
      },
    },
  };
}

/** `name={identifier}`: a prop whose value is a variable of the module (an imported data module). */
export function identifierAttribute(name: string, identifier: string): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name: identifier}}]}},
    },
  };
}

export function element(name: string, attributes: MdxJsxAttribute[]): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes, children: []};
}
