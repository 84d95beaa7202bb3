// Spots names in a .txt or .html file with the bundled dataset, as the extension would.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Spotter } from '../lib/spotter';
import type { Mention } from '../lib/types';
import { buildDataset } from '../data/build';
import { extractHtmlText } from './html-text';

let spotter: Spotter | undefined;
export function datasetSpotter(): Spotter {
  spotter ??= new Spotter(buildDataset().matchIndex);
  return spotter;
}

export class InputError extends Error {}

export function readText(file: string): { text: string; html: boolean; chunks?: string[]; starts?: number[] } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a folder, not a file` : `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  if (raw.includes('\u0000')) throw new InputError(`${file} is not a text file`);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const extracted = extractHtmlText(raw);
    return { text: extracted.text, html: true, chunks: extracted.chunks, starts: extracted.starts };
  }
  if (ext !== '.txt' && ext !== '.text' && ext !== '') throw new InputError(`${file}: only .txt and .html files are read`);
  return { text: raw.replace(/^\uFEFF/, ''), html: false };
}

/** Mentions with offsets into the file's text (.txt) or the page's extracted text (.html). */
export function spotFile(file: string, using: Spotter = datasetSpotter()): { text: string; mentions: Mention[] } {
  const input = readText(file);
  if (!input.html) return { text: input.text, mentions: using.spot(input.text) };
  // One session over the page's chunks, as the content script does, then offsets into the joined text.
  const found = using.session().add(input.chunks!);
  const mentions = found
    .flatMap(({ chunk, mentions }) =>
      mentions.map((m) => ({ ...m, start: m.start + input.starts![chunk], end: m.end + input.starts![chunk] })),
    )
    .sort((a, b) => a.start - b.start);
  return { text: input.text, mentions };
}
