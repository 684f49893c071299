/**
 * First in the tab order. Moves focus itself instead of following `#main-content`, because a
 * hash change would be a navigation for the router.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
