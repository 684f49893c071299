import { useParams } from 'react-router';
import { CaseDetailView } from '../../features/cases/case-detail-view.tsx';
import { CasesGate } from './cases-gate.tsx';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  return (
    <CasesGate>
      <CaseDetailView id={id} />
    </CasesGate>
  );
}
