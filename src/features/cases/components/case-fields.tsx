import type { ReactNode } from 'react';
import * as E from '../../../api/contract/enums.ts';
import type { Report } from '../../../api/contract/report-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import {
  describeSubject,
  formatIncidentDate,
  formatReceivedAt,
  labelList,
  labelOf,
} from '../lib/case-format.ts';
import { CaseLocation } from './case-location.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Every field of the report but the narrative, each with a plain-words label. */
export function CaseFields({ report, now }: { report: Report; now: number }) {
  const received = formatReceivedAt(report.receivedAt, now);
  const reporter = labelOf(E.reporterRelation, report.reporterRelation);
  return (
    <dl className="case-fields">
      <Field label="Reference">
        <code>{report.id}</code>
      </Field>
      <Field label="Received">
        <time dateTime={report.receivedAt}>{received.absolute}</time>
        {received.relative && <span className="case-muted"> ({received.relative})</span>}
      </Field>
      <Field label="Urgency">{labelOf(E.urgency, report.urgency)}</Field>
      <Field label="Status">{labelOf(E.status, report.status)}</Field>
      <Field label="Came in through">{labelOf(E.source, report.source)}</Field>
      <Field label="When it happened">
        {formatIncidentDate(report.incidentDate, report.incidentDatePrecision)}
      </Field>
      <Field label="Contact">{labelOf(E.setting, report.setting)}</Field>
      <Field label="Platforms">{labelList(E.platform, report.platforms)}</Field>
      <Field label="Grooming stage">{labelOf(E.groomingStage, report.groomingStage)}</Field>
      <Field label="Warning signs">{labelList(E.indicator, report.indicators)}</Field>
      <Field label="Exploitation types">
        {labelList(E.exploitationType, report.exploitationTypes)}
      </Field>
      <Field label="Potential victims">
        {report.subjects.length ? (
          <ul>
            {report.subjects.map((s, i) => (
              <li key={i}>{describeSubject(s)}</li>
            ))}
          </ul>
        ) : (
          'Not recorded'
        )}
      </Field>
      <Field label="Reported by">
        {reporter}
        {report.anonymous ? ' (anonymous)' : ''}
      </Field>
      <Field label="Location">
        <CaseLocation location={report.location} />
      </Field>
      <Field label="Tags">
        {report.tags.length ? <bdi>{report.tags.join(', ')}</bdi> : 'None'}
      </Field>
      <Field label="Attachments">
        {report.mediaCount
          ? `${formatNumber(report.mediaCount)} (not shown in the dashboard)`
          : 'None'}
      </Field>
    </dl>
  );
}
