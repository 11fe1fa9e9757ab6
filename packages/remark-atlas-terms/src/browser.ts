/**
 * The tooltip for links remark-atlas-terms marked, on any HTML page, without a
 * framework: `<script type="module" src="…/browser.js"></script>` and the
 * stylesheet `tooltip.css`. It listens on the document, so links added later
 * (a single-page app's next page) work too. It behaves like the atlas's own
 * tooltip: hover, keyboard focus and tap (the first tap shows it, the second
 * follows the link); Escape or a tap elsewhere closes it. Every text is set as
 * text (textContent), never parsed as HTML.
 */

const LINK = 'a[data-atlas-term][data-atlas-definition]';
const TOOLTIP_ID = 'atlas-term-tooltip';
/** Time to move the pointer from the link onto the tooltip (to select its text) before it closes. */
const HIDE_DELAY = 150;

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Starts enhancing the marked links of `doc`; returns a function that stops it. Called on load; calling it again does nothing more. */
export function enhanceAtlasTerms(doc: Document = document): () => void {
  const state = doc as Document & {atlasTerms?: () => void};
  if (state.atlasTerms) return state.atlasTerms;
  let tooltip: HTMLSpanElement | undefined;
  let current: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tapShows = false;

  const linkOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest(LINK) as HTMLAnchorElement | null) : null);
  const inTooltip = (target: EventTarget | null) => target instanceof Node && !!tooltip?.contains(target);
  const cancelHide = () => clearTimeout(timer);

  const hide = () => {
    cancelHide();
    current?.removeAttribute('aria-describedby');
    tooltip?.remove();
    tooltip = current = undefined;
  };

  const place = (link: HTMLAnchorElement, tip: HTMLElement) => {
    const rects = link.getClientRects();
    const first = rects[0] ?? link.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const view = doc.documentElement.clientWidth;
    const left = Math.max(8, Math.min(first.left, view - tip.offsetWidth - 8));
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${last.bottom + window.scrollY + 6}px`;
  };

  const show = (link: HTMLAnchorElement) => {
    cancelHide();
    if (current === link) return;
    hide();
    const data = link.dataset;
    const tip = span('atlas-term-tooltip atlas-term-floating');
    tip.id = TOOLTIP_ID;
    tip.setAttribute('role', 'tooltip');
    if (data.atlasLang) tip.lang = data.atlasLang;
    const name = span('atlas-term-name', data.atlasName ?? link.textContent ?? '');
    if (data.atlasOther && data.atlasOther !== data.atlasName) {
      const other = span('atlas-term-other', ' · ');
      const otherName = span('', data.atlasOther);
      if (data.atlasOtherLang) otherName.lang = data.atlasOtherLang;
      other.append(otherName);
      name.append(other);
    }
    tip.append(name, span('atlas-term-definition', data.atlasDefinition));
    doc.body.append(tip);
    place(link, tip);
    link.setAttribute('aria-describedby', TOOLTIP_ID);
    tooltip = tip;
    current = link;
  };

  const listeners: [string, (e: Event) => void][] = [
    ['mouseover', (e) => {
      const link = linkOf(e.target);
      if (link) show(link);
      else if (inTooltip(e.target)) cancelHide();
    }],
    ['mouseout', (e) => {
      const to = (e as MouseEvent).relatedTarget;
      if ((linkOf(e.target) || inTooltip(e.target)) && linkOf(to) !== current && !inTooltip(to)) timer = setTimeout(hide, HIDE_DELAY);
    }],
    ['focusin', (e) => {
      const link = linkOf(e.target);
      if (link) show(link);
    }],
    ['focusout', (e) => {
      if (linkOf(e.target) === current) hide();
    }],
    ['keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') hide();
    }],
    ['pointerdown', (e) => {
      const link = linkOf(e.target);
      // A tap also hovers and focuses the link, which opens the tooltip before the click: remember whether it was open before.
      tapShows = !!link && (e as PointerEvent).pointerType === 'touch' && current !== link;
      if (!link && !inTooltip(e.target)) hide();
    }],
    ['click', (e) => {
      const link = linkOf(e.target);
      if (link && tapShows) {
        e.preventDefault();
        show(link);
      }
      tapShows = false;
    }],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener);
  const onResize = () => current && tooltip && place(current, tooltip);
  window.addEventListener('resize', onResize);
  state.atlasTerms = () => {
    hide();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener);
    window.removeEventListener('resize', onResize);
    delete state.atlasTerms;
  };
  return state.atlasTerms;
}

if (typeof document !== 'undefined') enhanceAtlasTerms();
