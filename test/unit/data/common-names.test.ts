// A person's name common enough to belong to many others is marked only on a page about our subject.
import { it, expect } from 'vitest';
import { datasetSpotter } from '@/scripts/spot-file';

it('marks a common name only on a page about the subject', () => {
  const spotter = datasetSpotter();
  const elsewhere = spotter.spot('Hassan al-Banna founded the Muslim Brotherhood in Egypt in 1928. Ahmed Hassan scored twice for Zamalek.');
  expect(elsewhere.map((m) => m.text)).toEqual([]);
  const here = spotter.spot('The activist Hassan al-Banna was abducted in Karbala, months after the Tishreen protests began.');
  expect(here.map((m) => m.entityId)).toContain('per:hassan-al-banna');
});
