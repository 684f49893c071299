import { useId, useState } from 'react';
import type { Report, Reveal } from '../../../api/contract/report-schemas.ts';

export interface CaseNarrativeProps {
  report: Report;
  /** A reveal already made for this case (e.g. kept by the caller's mutation). */
  revealed?: Reveal | null;
  /** Asks the intake API for the unmasked narrative; the API records the act for audit. */
  onReveal: () => Promise<Reveal>;
}

type RevealState = { status: 'idle' | 'pending' } | { status: 'error'; message: string };

/**
 * The reporter's own words. Untrusted text: rendered as React text in a pre-wrap block, so
 * markup, script and `javascript:` links show as the characters they are. Personal data is
 * masked by the API until the analyst reveals it, on purpose, for this case only.
 */
export function CaseNarrative({ report, revealed, onReveal }: CaseNarrativeProps) {
  const headingId = useId();
  const [state, setState] = useState<RevealState>({ status: 'idle' });
  const [own, setOwn] = useState<Reveal | null>(null);
  // A reveal belongs to one case: never show one case's personal data on another.
  const shown = [revealed, own].find((r) => r?.id === report.id) ?? null;

  const reveal = async () => {
    setState({ status: 'pending' });
    try {
      setOwn(await onReveal());
      setState({ status: 'idle' });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Try again.';
      setState({ status: 'error', message });
    }
  };

  return (
    <section className="case-narrative-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Narrative</h3>
      <p className="case-note" role="status">
        {shown
          ? `Revealed — this was recorded (audit id ${shown.auditId}).`
          : report.narrativeMasked
            ? 'Personal data is masked. Revealing it is recorded for audit.'
            : 'No personal data was found to mask.'}
      </p>
      {report.narrativeMasked && !shown && (
        <button type="button" onClick={reveal} disabled={state.status === 'pending'}>
          {state.status === 'pending' ? 'Revealing…' : 'Reveal personal data'}
        </button>
      )}
      {state.status === 'error' && (
        <p className="case-error" role="alert">
          Could not reveal personal data. {state.message}
        </p>
      )}
      <div
        className="case-narrative"
        dir="auto"
        role="region"
        aria-label="Narrative text"
        // A long narrative scrolls in its box, so keyboard users must be able to reach it
        // (WCAG 2.1.1; axe "scrollable-region-focusable").
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {shown?.narrative ?? report.narrative}
      </div>
    </section>
  );
}
