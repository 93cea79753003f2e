/**
 * The visible text of an HTML page: script, style, navigation, header and footer dropped,
 * entities decoded, block elements on their own lines. Title and metadata from the head.
 */
import { Parser } from 'htmlparser2';

const HIDDEN = new Set(['script', 'style', 'nav', 'footer', 'header', 'aside', 'noscript', 'template', 'svg', 'iframe', 'form', 'button']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'blockquote', 'tr', 'table', 'figcaption', 'figure', 'main', 'pre', 'hr', 'dd', 'dt']);

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function htmlToArticle(html: string): HtmlArticle {
  let text = '';
  let hiddenDepth = 0;
  let inTitle = false;
  let title = '';
  let h1 = '';
  let inH1 = false;
  const meta = new Map<string, string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      if (HIDDEN.has(name)) hiddenDepth++;
      else if (BLOCK.has(name)) text += '\n';
      if (name === 'title') inTitle = true;
      if (name === 'h1') inH1 = true;
      if (name === 'meta') {
        const key = attrs.property ?? attrs.name ?? attrs.itemprop;
        if (key && attrs.content) meta.set(key.toLowerCase(), attrs.content);
      }
      if (name === 'link' && attrs.rel === 'canonical' && attrs.href) meta.set('canonical', attrs.href);
    },
    ontext(data) {
      if (inTitle) title += data;
      else if (hiddenDepth === 0) {
        text += data;
        if (inH1) h1 += data;
      }
    },
    onclosetag(name) {
      if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (BLOCK.has(name)) text += '\n';
      if (name === 'title') inTitle = false;
      if (name === 'h1') inH1 = false;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  const lines = text.split('\n').map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim());
  const collapsed = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const published = meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? null;
  return {
    text: collapsed,
    title: (meta.get('og:title') ?? (h1.trim() || title.trim())) || null,
    published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    outlet: meta.get('og:site_name') ?? null,
    url: meta.get('og:url') ?? meta.get('canonical') ?? null,
  };
}
