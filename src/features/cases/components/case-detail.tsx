import { useEffect, useId, useRef, useState } from 'react';
import type { Report, Reveal } from '../../../api/contract/report-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import { CaseFields } from './case-fields.tsx';
import { CaseNarrative } from './case-narrative.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import './case-detail.css';

export interface CaseDetailProps {
  report: Report;
  /** Asks the intake API to reveal this case's personal data (an audited act). */
  onReveal: () => Promise<Reveal>;
  /** A reveal the caller already holds for this case, if any. */
  revealed?: Reveal | null;
  /** Absolute link to this case, for "Copy link". */
  caseUrl: string;
  /** Copies the link; defaults to the Clipboard API. */
  onCopyLink?: (url: string) => Promise<void>;
  onPrevious?: () => void;
  onNext?: () => void;
  hasPrevious?: boolean;
  hasNext?: boolean;
  /** Where this case sits in the list: "Case 12 of 12,345". */
  position?: { index: number; total: number };
  onClose?: () => void;
  /** Move focus to the heading when the case changes (side panel opened from the table). */
  focusOnOpen?: boolean;
}

/** One report, every field in plain words, with its narrative, location and navigation. */
export function CaseDetail(props: CaseDetailProps) {
  const { report, position } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Relative times are read against when the case was opened.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    if (props.focusOnOpen) headingRef.current?.focus();
  }, [report.id, props.focusOnOpen]);

  return (
    <article className="case-detail" aria-labelledby={headingId}>
      <header className="case-detail-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Case <code>{report.id}</code>
        </h2>
        <nav className="case-detail-nav" aria-label="Cases in this list">
          <button type="button" onClick={props.onPrevious} disabled={!props.hasPrevious}>
            Previous case
          </button>
          {position && (
            <span className="case-muted">
              {formatNumber(position.index + 1)} of {formatNumber(position.total)}
            </span>
          )}
          <button type="button" onClick={props.onNext} disabled={!props.hasNext}>
            Next case
          </button>
        </nav>
        <CopyLinkButton url={props.caseUrl} copy={props.onCopyLink} />
        {props.onClose && (
          <button type="button" className="case-detail-close" onClick={props.onClose}>
            Close
          </button>
        )}
      </header>
      <CaseFields report={report} now={now} />
      {/* Keyed by case: a reveal, its pending state and its errors never carry over. */}
      <CaseNarrative
        key={report.id}
        report={report}
        revealed={props.revealed}
        onReveal={props.onReveal}
      />
    </article>
  );
}
