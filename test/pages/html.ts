/** Reading the explorer's HTML in tests without a DOM: the pages' markup is ours, so a few patterns suffice. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

export interface MarkTag {
  id: string;
  recordType: string;
  recordId: string;
  start: number;
  end: number;
}

/** Every `<mark>` with its attributes, in document order. */
export function marksIn(html: string): MarkTag[] {
  const marks: MarkTag[] = [];
  for (const m of html.matchAll(/<mark\b([^>]*)>/g)) {
    const attr = (name: string) => {
      const found = new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '');
      return found ? decode(found[1] as string) : '';
    };
    marks.push({
      id: attr('id'),
      recordType: attr('data-record-type'),
      recordId: attr('data-record-id'),
      start: Number(attr('data-start')),
      end: Number(attr('data-end')),
    });
  }
  return marks;
}

/** The article text as a reader sees it: the reader's text element with its tags taken out. */
export function articleText(html: string): string {
  const found = /<div class="article-text" id="article-text">([\s\S]*?)<\/div>/.exec(html);
  if (!found) throw new Error('no article text in the page');
  return decode((found[1] as string).replace(/<[^>]+>/g, ''));
}
