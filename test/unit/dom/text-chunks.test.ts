import { describe, expect, it } from 'vitest';
import { collectChunks, locate } from '@/dom/text-chunks';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('reading the page as text chunks', () => {
  it('joins inline elements into one chunk and splits at blocks and line breaks', () => {
    const body = page('<p>Ali <b>al-</b><a href="#">Mikdam</a> went missing.</p><p>Karrada</p><div>one<br>two</div>');
    expect(collectChunks(body).map((c) => c.text)).toEqual(['Ali al-Mikdam went missing.', 'Karrada', 'one', 'two']);
  });

  it('leaves out scripts, styles, form fields, editable regions, hidden elements and the extension\'s own UI', () => {
    const body = page(`
      <p>Baghdad</p><script>var x = 'Karbala'</script><style>.a{}</style><noscript>Basra</noscript>
      <textarea>Najaf</textarea><input value="Erbil"><select><option>Kut</option></select>
      <div contenteditable="true">Dora <b>Zayouna</b></div><div contenteditable="false">Karrada</div>
      <p hidden>Amarah</p><backstory-card>Sadr City</backstory-card><div data-backstory-ui>Diwaniyah</div>`);
    expect(collectChunks(body).map((c) => c.text.trim())).toEqual(['Baghdad', 'Karrada']);
  });

  it('maps chunk offsets back to text nodes', () => {
    const body = page('<p>Ali <b>al-</b>Mikdam</p>');
    const [chunk] = collectChunks(body);
    expect(chunk.nodes.map((n) => n.data)).toEqual(['Ali ', 'al-', 'Mikdam']);
    expect(locate(chunk, 0)).toEqual({ node: chunk.nodes[0], offset: 0 });
    expect(locate(chunk, 4)).toEqual({ node: chunk.nodes[1], offset: 0 });
    expect(locate(chunk, 4, true)).toEqual({ node: chunk.nodes[0], offset: 4 });
    expect(locate(chunk, 13, true)).toEqual({ node: chunk.nodes[2], offset: 6 });
  });

  it('reads a single added text node', () => {
    const text = document.createTextNode('Karbala');
    page('<p id="x"></p>');
    document.getElementById('x')!.append(text);
    expect(collectChunks(text).map((c) => c.text)).toEqual(['Karbala']);
  });
});
