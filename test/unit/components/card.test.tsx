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
