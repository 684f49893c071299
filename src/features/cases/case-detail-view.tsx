import { Link, useLocation } from 'react-router';
import { filterSearch } from '../../filters/filter-state.ts';

/** Placeholder until the case detail issue lands: it replaces this file. */
export function CaseDetailView({ id }: { id: string }) {
  const { search } = useLocation();
  return (
    <>
      <p className="page-intro">
        Report <code>{id}</code> will be shown here in full: what happened, the warning signs, who
        may be at risk and where, with personal data in the narrative masked until you choose to
        reveal it.
      </p>
      <p>
        <Link to={{ pathname: '/cases', search: filterSearch(search) }}>Back to the case list</Link>
      </p>
    </>
  );
}
