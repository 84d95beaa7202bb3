// The text of an HTML page as the content script reads it: the same chunking code (dom/text-chunks.ts),
// run on a happy-dom document. Chunks are joined by a blank line; offsets refer to that joined text.
import { Window } from 'happy-dom';
import { collectChunks } from '../dom/text-chunks';

export const CHUNK_SEPARATOR = '\n\n';

export interface ExtractedText {
  text: string;
  chunks: string[];
  /** Where each chunk starts in text. */
  starts: number[];
}

export function extractHtmlText(html: string): ExtractedText {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  try {
    // Only text is read: <link> elements (preloads, stylesheets) are dropped before parsing, so that nothing is
    // fetched and a relative href on a page saved without its address cannot throw.
    window.document.write(html.replace(/<link\b[^>]*>/gi, ''));
    const body = window.document.body;
    const chunks = body ? collectChunks(body as unknown as Node).map((c) => c.text) : [];
    const starts: number[] = [];
    let at = 0;
    for (const chunk of chunks) {
      starts.push(at);
      at += chunk.length + CHUNK_SEPARATOR.length;
    }
    return { text: chunks.join(CHUNK_SEPARATOR), chunks, starts };
  } finally {
    void window.happyDOM.close();
  }
}
