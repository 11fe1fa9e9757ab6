/**
 * The sidebar lists sections, not entries (src/sidebars/sectionsOnly.ts). On an
 * entry page it marks the entry's section as the place the reader is in, by
 * giving the sidebar the section's path as the active one.
 */
import React, {type ReactNode} from 'react';
import DocSidebar from '@theme-original/DocSidebar';
import type DocSidebarType from '@theme/DocSidebar';
import type {WrapperProps} from '@docusaurus/types';
import {sectionHref} from '@site/src/sidebars/sectionLink';

type Props = WrapperProps<typeof DocSidebarType>;

export default function DocSidebarWrapper(props: Props): ReactNode {
  return <DocSidebar {...props} path={sectionHref(props.sidebar, props.path) ?? props.path} />;
}
