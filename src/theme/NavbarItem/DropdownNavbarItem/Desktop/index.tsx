/**
 * The navbar's dropdowns (edition and language) announce a popup menu
 * (aria-haspopup) but the theme only opens and closes them with Enter or
 * Space. This wrapper adds what a menu button promises a keyboard user:
 * ArrowDown / ArrowUp open the menu and move through its items (wrapping),
 * Home / End jump to the first and last, and Escape closes it and returns focus
 * to the button. The theme's own component is rendered unchanged inside.
 */
import type {ComponentProps, KeyboardEvent, ReactNode} from 'react';
import Desktop from '@theme-original/NavbarItem/DropdownNavbarItem/Desktop';
import styles from './styles.module.css';

type Props = ComponentProps<typeof Desktop>;

function items(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.dropdown__menu a'));
}

export default function KeyboardDropdown(props: Props): ReactNode {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = event.currentTarget;
    const toggle = root.querySelector<HTMLElement>('[aria-haspopup]');
    if (!toggle) return;
    const open = toggle.getAttribute('aria-expanded') === 'true';
    const links = items(root);
    const current = links.indexOf(document.activeElement as HTMLElement);
    let next: number | undefined;
    switch (event.key) {
      case 'Escape':
        if (!open) return;
        // The theme closes the menu when focus moves outside it; say so, then put focus back on the button.
        document.body.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
        toggle.focus();
        event.preventDefault();
        return;
      case 'ArrowDown':
        next = current < 0 ? 0 : (current + 1) % links.length;
        break;
      case 'ArrowUp':
        next = current < 0 ? links.length - 1 : (current - 1 + links.length) % links.length;
        break;
      case 'Home':
        if (current < 0) return;
        next = 0;
        break;
      case 'End':
        if (current < 0) return;
        next = links.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const target = links[next];
    // The theme's Enter handler opens the menu. It fades in and stays `visibility: hidden` (unfocusable)
    // until its transition's first frame, so focus is retried frame by frame for a moment.
    if (!open) toggle.dispatchEvent(new globalThis.KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    const focusWhenShown = (framesLeft: number) => {
      target?.focus();
      if (document.activeElement !== target && framesLeft > 0) requestAnimationFrame(() => focusWhenShown(framesLeft - 1));
    };
    focusWhenShown(30);
  };
  return (
    // display: contents: the wrapper adds keyboard handling, not a box in the navbar's layout.
    <div className={styles.contents} onKeyDown={onKeyDown}>
      <Desktop {...props} />
    </div>
  );
}
