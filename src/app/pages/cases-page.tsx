import { CaseListView } from '../../features/cases/case-list-view.tsx';
import { CasesGate } from './cases-gate.tsx';

export function CasesPage() {
  return (
    <CasesGate>
      <CaseListView />
    </CasesGate>
  );
}
