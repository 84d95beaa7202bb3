// The engine built in steps (a page's reader runs them across short tasks) is the engine built at once.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '@/data/build';
import { shippedMatchIndex } from '@/data/compile';
import { Spotter } from '@/lib/spotter';

describe('a Spotter built in steps', () => {
  it('yields many times on the real dataset and then finds exactly what one built at once finds', () => {
    const index = shippedMatchIndex(buildDataset().matchIndex);
    const steps = Spotter.building(index);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // Every 256 aliases, vocabulary words or trie nodes: a real dataset's build is cut into many small pieces.
    expect(yields).toBeGreaterThan(40);
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'kurdistan24-mikdam-2021-07.txt'), 'utf8');
    const stepped = r.value.spot(text);
    expect(stepped.length).toBeGreaterThan(5);
    expect(stepped).toEqual(new Spotter(index).spot(text));
  });
});

describe('packed aliases', () => {
  it('unpack to exactly the compiled aliases, at every width', async () => {
    const { packAliases, unpackAliases } = await import('@/lib/packed-aliases');
    const { compileAliases } = await import('@/lib/matcher');
    const compiled = compileAliases(buildDataset().matchIndex);
    const packed = packAliases(compiled);
    expect(packed.data.length).toBeLessThan(JSON.stringify(compiled.data).length / 1.5);
    expect(unpackAliases(packed)).toEqual(compiled);
    for (const data of [[], [0, 63, 64, 4095, 4096, 262_143, 262_144]]) expect(unpackAliases(packAliases({ vocab: ['a', 'بغداد'], data })).data).toEqual(data);
    expect(() => packAliases({ vocab: ['two words'], data: [] })).toThrow(/space/);
  });
});
