// The dotted spelling of an acronym inside a longer name ("U.N. Assistance Mission"), added at compile time.
import { describe, it, expect } from 'vitest';
import { withDottedAcronyms } from '@/data/compile';
import { Spotter } from '../../../lib/spotter';

describe('withDottedAcronyms', () => {
  it('adds the dotted spelling of a two- or three-letter acronym in a name of several words', () => {
    expect(withDottedAcronyms('UN Assistance Mission in Iraq')).toEqual(['UN Assistance Mission in Iraq', 'U.N. Assistance Mission in Iraq']);
    expect(withDottedAcronyms('US Treasury')).toEqual(['US Treasury', 'U.S. Treasury']);
  });

  it('leaves a lone acronym, a longer one and a name without one alone', () => {
    expect(withDottedAcronyms('PMF')).toEqual(['PMF']);
    expect(withDottedAcronyms('UNAMI mission')).toEqual(['UNAMI mission']);
    expect(withDottedAcronyms('Badr Organization')).toEqual(['Badr Organization']);
  });

  it('gives names the spotter finds across the dots, and nothing for the bare letters', () => {
    const spotter = new Spotter({
      entities: [{ id: 'grp:unami', type: 'group', name: 'UNAMI' }],
      aliases: withDottedAcronyms('UN Assistance Mission in Iraq').map((text) => ({ text, entity: 0 })),
    });
    expect(spotter.spot('The U.N. Assistance Mission in Iraq said so.').map((m) => m.text)).toEqual(['U.N. Assistance Mission in Iraq']);
    expect(spotter.spot('The U.N. said so. U. N. Owen.').map((m) => m.text)).toEqual([]);
  });
});
