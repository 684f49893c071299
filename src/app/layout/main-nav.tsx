import { NavLink, useLocation } from 'react-router';
import { useMe } from '../../api/session/me-query.ts';
import { filterSearch } from '../../filters/filter-state.ts';

const links = [
  { to: '/', label: 'Overview', end: true, analystOnly: false },
  { to: '/trends', label: 'Trends', end: false, analystOnly: false },
  { to: '/map', label: 'Map', end: false, analystOnly: false },
  { to: '/cases', label: 'Cases', end: false, analystOnly: true },
];

/**
 * Links carry the filters (moving between views keeps what you are looking at) but not the
 * view's own parameters (a map position means nothing to the trends).
 */
export function MainNav() {
  const { search } = useLocation();
  const me = useMe();
  // Cases appear only once /me says analyst: a partner must never be offered them.
  const isAnalyst = me.data?.role === 'analyst';
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {links
          .filter((link) => !link.analystOnly || isAnalyst)
          .map((link) => (
            <li key={link.to}>
              {/* A string: see the newest cases' links. */}
              <NavLink to={`${link.to}${filterSearch(search)}`} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
