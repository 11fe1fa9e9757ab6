/**
 * A link to an HPC Atlas term with its definition in a tooltip, for React and
 * Docusaurus sites; remark-atlas-terms writes it with `react: true`. It shows on
 * hover, keyboard focus or tap (the first tap shows the tooltip, the second
 * follows the link), and Escape or a tap elsewhere closes it. Every text is
 * rendered as text: a definition carrying markup shows that markup literally.
 */
import {useCallback, useEffect, useId, useRef, useState, type AnchorHTMLAttributes, type ReactNode} from 'react';
import '../tooltip.css';

export interface AtlasTermProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'> {
  /** The term's page on the atlas. */
  readonly href: string;
  /** The term's id. */
  readonly term: string;
  /** Its name, in `locale`. */
  readonly name: string;
  readonly definition: string;
  /** The locale of `name` and `definition`. */
  readonly locale?: string;
  /** Its name in another language, and that language. */
  readonly otherName?: string;
  readonly otherLang?: string;
  readonly children: ReactNode;
}

export function AtlasTerm({href, term, name, definition, locale, otherName, otherLang, children, ...rest}: AtlasTermProps): ReactNode {
  const [open, setOpen] = useState(false);
  // Whether the tooltip was already open when this touch began: a tap also hovers and focuses, which open it first.
  const tapShows = useRef(false);
  const openRef = useRef(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const tooltipId = useId();
  const show = useCallback(() => {
    openRef.current = true;
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    openRef.current = false;
    setOpen(false);
  }, []);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    const onOutside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) hide();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, [open, hide]);

  return (
    <span ref={wrapper} className="atlas-term" onMouseEnter={show} onMouseLeave={hide}>
      <a
        {...rest}
        href={href}
        data-atlas-term={term}
        aria-describedby={open ? tooltipId : undefined}
        onFocus={show}
        onBlur={hide}
        onPointerDown={(e) => {
          tapShows.current = e.pointerType === 'touch' && !openRef.current;
        }}
        onClick={(e) => {
          if (tapShows.current) {
            tapShows.current = false;
            e.preventDefault();
            show();
          }
        }}>
        {children}
      </a>
      {open ? (
        <span role="tooltip" id={tooltipId} className="atlas-term-tooltip" lang={locale}>
          <span className="atlas-term-name">
            {name}
            {otherName && otherName !== name ? (
              <span className="atlas-term-other">
                {' · '}
                <span lang={otherLang}>{otherName}</span>
              </span>
            ) : null}
          </span>
          <span className="atlas-term-definition">{definition}</span>
        </span>
      ) : null}
    </span>
  );
}

export default AtlasTerm;
