import { useFilters } from '../../filters/use-filters.ts';

/**
 * What was dropped from the URL and why. The live region is always in the page so screen
 * readers announce notices as they arrive.
 */
export function FilterNotices() {
  const { notices, dismissNotice } = useFilters();
  return (
    <div role="status" className="filter-notices">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.message}</span>
          <button
            type="button"
            className="link-button"
            aria-label={`Dismiss notice about ${notice.param}`}
            onClick={() => dismissNotice(notice.id)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
