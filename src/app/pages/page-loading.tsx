/** Shown while a page's code loads (each page is its own chunk). */
export function PageLoading() {
  return (
    <div className="query-loading" role="status" aria-busy="true">
      <span className="skeleton" aria-hidden="true" />
      Loading the page…
    </div>
  );
}
