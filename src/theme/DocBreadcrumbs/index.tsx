/**
 * Breadcrumbs come from the sidebar, which lists sections, not entries
 * (src/sidebars/sectionsOnly.ts). On an entry page the breadcrumbs are read
 * from the sidebar with this page placed under its section, so they show
 * Section › Entry (People › Jidong Zhai), as they did when every entry was listed.
 */
import React, {type ReactNode} from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type {WrapperProps} from '@docusaurus/types';
import {DocsSidebarProvider, useDoc, useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import {withCurrentPage} from '@site/src/sidebars/sectionLink';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const sidebar = useDocsSidebar();
  const {metadata, frontMatter} = useDoc();
  const items = sidebar ? withCurrentPage(sidebar.items, {href: metadata.permalink, label: frontMatter.sidebar_label ?? metadata.title, docId: metadata.id}) : undefined;
  if (!sidebar || !items || items === sidebar.items) return <DocBreadcrumbs {...props} />;
  return (
    <DocsSidebarProvider name={sidebar.name} items={items as typeof sidebar.items}>
      <DocBreadcrumbs {...props} />
    </DocsSidebarProvider>
  );
}
