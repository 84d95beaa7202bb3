import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Card } from '@/components/Card';
import { compileRuntimeDataset } from '@/data/compile';
import { buildCard } from '@/lib/card-model';
import { entities, src } from '../mini-dataset';

const runtime = compileRuntimeDataset({ sources: [src], entities }, '2026-11-29');
const props = { site: 'example.com', pinned: false, onClose: () => {}, onPin: () => {}, onIgnore: () => {} };

describe('the card', () => {
  afterEach(cleanup);
  it('is a labelled dialog with the name, the summary and numbered sources', () => {
    const { getByRole } = render(<Card {...props} lang="en" model={buildCard(runtime, 'per:victim', 'en')} />);
    const dialog = getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('A Victim');
    expect(dialog.textContent).toContain('Victim.');
    expect(dialog.querySelector('.cites .cite')!.textContent).toBe('1');
  });

  it('draws an allegation as an allegation, never as a finding', () => {
    const { container } = render(<Card {...props} lang="en" model={buildCard(runtime, 'evt:2021-01-01-abduction', 'en')} />);
    const chip = container.querySelector('.perpetrators .chip')!;
    expect(chip.textContent).toBe('Alleged');
    expect(chip.className).toContain('chip-alleged');
    expect(container.textContent).toContain('Perpetrators unidentified');
  });

  it('opens links in a new tab without referrer, and offers "not this one", pin and close', () => {
    const onIgnore = vi.fn();
    const onPin = vi.fn();
    const onClose = vi.fn();
    const model = buildCard(runtime, 'per:victim', 'en')!;
    model.reports = model.sources;
    const { container, getByText, getByLabelText } = render(<Card {...props} onIgnore={onIgnore} onPin={onPin} onClose={onClose} lang="en" model={model} />);
    for (const a of container.querySelectorAll('a[href^="http"]')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    fireEvent.click(getByText('Not this one?'));
    expect(onIgnore).toHaveBeenCalledWith('per:victim');
    fireEvent.click(getByText('Pin'));
    expect(onPin).toHaveBeenCalled();
    fireEvent.click(getByLabelText('Close'));
    expect(onClose).toHaveBeenCalled();
  });

  it('is right-to-left in Arabic, with the English name as the other name', () => {
    const model = buildCard(runtime, 'plc:iraq', 'ar');
    const { getByRole } = render(<Card {...props} lang="ar" model={model} />);
    expect(getByRole('dialog').getAttribute('dir')).toBe('rtl');
    expect(getByRole('dialog').textContent).toContain('العراق');
    expect(getByRole('dialog').querySelector('.card-other-name')!.textContent).toBe('Iraq');
  });

  it('says so while loading and when there is no record', () => {
    expect(render(<Card {...props} lang="en" model={undefined} />).container.textContent).toContain('Loading');
    expect(render(<Card {...props} lang="en" model={null} />).container.textContent).toContain('No record');
  });
});

describe('the card, second pass', () => {
  afterEach(cleanup);
  it('shows a citation\'s source in place when its number is clicked, and again to hide it', () => {
    const { container } = render(<Card {...props} lang="en" model={buildCard(runtime, 'per:victim', 'en')} />);
    const cite = container.querySelector<HTMLButtonElement>('.cite')!;
    expect(container.querySelector('.cite-tip')).toBeNull();
    fireEvent.click(cite);
    const tip = container.querySelector('.cite-tip')!;
    expect(tip.textContent).toContain('P');
    expect(tip.querySelector('a')!.getAttribute('href')).toBe('https://example.org/a');
    expect(cite.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(cite);
    expect(container.querySelector('.cite-tip')).toBeNull();
  });

  it('puts dates and chips on a line of their own, never inside the sentence, and isolates it', () => {
    const model = buildCard(runtime, 'evt:2021-01-01-abduction', 'ar')!;
    model.facts = [{ text: 'Designated by the US.', date: '2009-07-02', status: 'alleged', cites: [1] }];
    const { container } = render(<Card {...props} lang="ar" model={model} />);
    const fact = container.querySelector('.facts li')!;
    expect(fact.getAttribute('dir')).toBeNull();
    expect(fact.querySelector('.item-text')!.getAttribute('dir')).toBe('auto');
    expect(fact.querySelector('.item-text .chip, .item-text time')).toBeNull();
    expect(fact.querySelector('.item-meta .chip-alleged')).not.toBeNull();
    expect(fact.className).toContain('fact-alleged');
  });

  it('draws each standing its own way: charged an outline, convicted solid, acquitted cleared, claimed its own', () => {
    const model = buildCard(runtime, 'per:victim', 'en')!;
    model.facts = (['charged', 'convicted', 'acquitted', 'claimed', 'us_sanctions_allegation'] as const).map((status) => ({ text: status, status, cites: [] }));
    const { container } = render(<Card {...props} lang="en" model={model} />);
    // Only three facts at a glance: the first three.
    expect([...container.querySelectorAll('.facts .chip')].map((c) => c.className)).toEqual(['chip chip-charged', 'chip chip-convicted', 'chip chip-cleared']);
    expect(container.querySelector('[data-more]')!.textContent).toContain('2 more facts');
  });

  it('shows the entity\'s own standing before the case\'s outcome on a case row', () => {
    const { container } = render(<Card {...props} lang="en" model={buildCard(runtime, 'grp:militias', 'en')} />);
    const row = container.querySelector('.timeline li')!;
    expect([...row.querySelectorAll('.chip')].map((c) => c.getAttribute('data-status'))).toEqual(['alleged', 'perpetrators_unidentified']);
  });

  it('offers the full record when it can open it, and gives way to an undo notice after "not this one"', () => {
    const onOpenRecord = vi.fn();
    const onUndo = vi.fn();
    const model = buildCard(runtime, 'per:victim', 'en');
    const { getByText, unmount } = render(<Card {...props} lang="en" model={model} onOpenRecord={onOpenRecord} />);
    fireEvent.click(getByText('Full record'));
    expect(onOpenRecord).toHaveBeenCalledWith('per:victim');
    unmount();
    const toast = render(<Card {...props} lang="en" model={model} undo={{ onUndo }} />);
    expect(toast.getByRole('status').textContent).toContain('A Victim is no longer marked on example.com.');
    fireEvent.click(toast.getByText('Undo'));
    expect(onUndo).toHaveBeenCalled();
  });
});
