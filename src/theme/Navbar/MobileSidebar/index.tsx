/**
 * The mobile menu is rendered when a reader first opens it. The theme renders it,
 * hidden, as soon as the window is narrow, and it holds the page's whole docs
 * sidebar: on a phone that was the largest single render after hydration, for a
 * drawer most readers never open. Once opened it stays mounted, so closing and
 * reopening keeps its state (expanded categories, scroll position).
 */
import {useState, type ComponentProps, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import './styles.css';

type Props = ComponentProps<typeof MobileSidebar>;

export default function LazyMobileSidebar(props: Props): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  // Setting state while rendering (not in an effect) mounts the drawer in the same render that opens it.
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar {...props} /> : null;
}
