// Citations to copy: a source or a whole record, as plain text and as CSL-JSON (what Zotero, Pandoc and
// most reference managers read).
import type { CardReport } from './card-model';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  publisher?: string;
  'container-title'?: string;
  URL?: string;
  issued?: { 'date-parts': number[][] };
  language?: string;
  note?: string;
}

const CSL_TYPES: Record<CardReport['kind'], string> = {
  news: 'article-newspaper',
  ngo: 'report',
  un: 'report',
  court: 'legal_case',
  gov: 'report',
  blog: 'post-weblog',
  reference: 'entry-encyclopedia',
  academic: 'article-journal',
};

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

export function sourceText(source: CardReport): string {
  return `${source.publisher}. “${source.title}”. ${source.date}. ${source.url}`;
}

export function sourceCsl(source: CardReport): CslItem {
  return {
    id: source.id,
    type: CSL_TYPES[source.kind] ?? 'webpage',
    title: source.title,
    ...(source.kind === 'news' ? { 'container-title': source.publisher } : { publisher: source.publisher }),
    URL: source.url,
    issued: dateParts(source.date),
  };
}

export interface RecordRef {
  id: string;
  name: string;
  asOf: string;
  datasetDate: string;
}

export function recordText(record: RecordRef): string {
  return `Backstory dataset. “${record.name}” (record ${record.id}), as of ${record.asOf}. Dataset compiled ${record.datasetDate}.`;
}

export function recordCsl(record: RecordRef): CslItem {
  return {
    id: `backstory-${record.id.replace(':', '-')}`,
    type: 'dataset',
    title: record.name,
    publisher: 'Backstory',
    issued: dateParts(record.asOf),
    note: `Record ${record.id}; dataset compiled ${record.datasetDate}`,
  };
}

/** CSL-JSON is a list of items. */
export const cslJson = (items: CslItem[]) => JSON.stringify(items, null, 2);
