/** Adds the atlas components to MDX and gives glossary links their tooltip; everything else is the theme's own. */
import type {ComponentProps, ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import GlossaryLink from '@site/src/components/GlossaryLink';
import AtlasInfobox from '@site/src/components/Atlas/Infobox';
import AtlasFooter from '@site/src/components/Atlas/Footer';
import GlossaryIndex from '@site/src/components/GlossaryIndex';
import EntryList from '@site/src/components/EntryList';
import Timeline from '@site/src/components/Timeline';
import Lineage from '@site/src/components/Lineage';
import {OnboardingPath, OnboardingStep} from '@site/src/components/Onboarding';
import {parseGlossaryHref} from '@site/src/plugins/atlas/links';

const ThemeAnchor = MDXComponents.a;

function Anchor(props: ComponentProps<'a'>): ReactNode {
  const termId = props.href ? parseGlossaryHref(props.href) : undefined;
  if (termId === undefined) return <ThemeAnchor {...props} />;
  return (
    <GlossaryLink termId={termId} href={props.href!}>
      {props.children}
    </GlossaryLink>
  );
}

export default {
  ...MDXComponents,
  a: Anchor,
  AtlasInfobox,
  AtlasFooter,
  GlossaryIndex,
  EntryList,
  Timeline,
  Lineage,
  OnboardingStep,
  OnboardingPath,
};
