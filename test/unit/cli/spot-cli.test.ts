import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractHtmlText } from '@/scripts/html-text';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/spot.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'backstory-spot-'));
const TEXT = 'ERBIL – Iraqi activist Ali al-Mikdam went missing in Baghdad’s Karrada district, the ICSSI said. وقال إن علي المكدام اختفى في بغداد.\n';

describe('npm run spot', () => {
  it('prints exactly {"mentions":[…]} with offsets into a .txt file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    const out = run('--json', file);
    expect(out.status).toBe(0);
    const parsed = JSON.parse(out.stdout) as { mentions: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['mentions']);
    for (const m of parsed.mentions) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'entityId', 'name', 'type']);
      expect(TEXT.slice(m.start as number, m.end as number)).toBe(m.text);
      expect(['person', 'group', 'event', 'place']).toContain(m.type);
    }
    const found = parsed.mentions.map((m) => `${m.text}=${m.entityId}`);
    expect(found).toEqual(expect.arrayContaining(['Ali al-Mikdam=per:ali-al-mikdam', 'Baghdad=plc:baghdad', 'Karrada=plc:karrada', 'علي المكدام=per:ali-al-mikdam']));
  });

  it('reads an .html page as the content script does: offsets into the extracted text', () => {
    const file = join(dir, 'page.html');
    const html = '<html><body><nav>Home</nav><article><h1>Missing</h1><p>Ali <b>al-Mikdam</b> was last seen in Karrada.</p><script>var x="Basra"</script><textarea>Najaf</textarea></article></body></html>';
    writeFileSync(file, html);
    const out = run('--json', file);
    expect(out.status).toBe(0);
    const { mentions } = JSON.parse(out.stdout) as { mentions: Array<{ start: number; end: number; text: string; entityId: string }> };
    const text = extractHtmlText(readFileSync(file, 'utf8')).text;
    expect(mentions.map((m) => m.entityId)).toEqual(['per:ali-al-mikdam', 'plc:karrada']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(text).not.toContain('Basra');
  });

  it('reads a saved page whose links are relative, fetching nothing', () => {
    const html = '<html><head><link rel="preload" href="/page-data/app.json" as="fetch"><link rel="stylesheet" href="/a.css"></head><body><p>Ali al-Mikdam in Karrada.</p></body></html>';
    expect(extractHtmlText(html).text).toBe('Ali al-Mikdam in Karrada.');
  });

  it('prints a readable table and a summary without --json', () => {
    const file = join(dir, 'b.txt');
    writeFileSync(file, TEXT);
    const out = run(file);
    expect(out.stdout).toMatch(/mention\(s\) of \d+ entit/);
    expect(out.stdout).toContain('per:ali-al-mikdam');
  });

  it('explains a missing, unreadable or wrong file without a stack trace', { timeout: 60_000 }, () => {
    const missing = run('--json', join(dir, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`spot: no such file: ${join(dir, 'nope.txt')}`);
    const folder = run(dir);
    expect(folder.stderr).toContain('is a folder, not a file');
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, 'x');
    expect(run(pdf).stderr).toContain('only .txt and .html files are read');
    const binary = join(dir, 'bin.txt');
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
    expect(run(binary).stderr).toContain('is not a text file');
    expect(run().status).toBe(2);
    for (const r of [missing, folder]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
