// KaTeX's stylesheet and fonts are bundled and served by the site itself, never from a CDN.
import 'katex/dist/katex.min.css';
