import { useRouteError } from 'react-router';

/**
 * The last resort, when the layout itself cannot render. Views have their own boundaries,
 * so reaching this means the shell is broken; a reload is the honest advice.
 */
export function RootErrorPage() {
  const error = useRouteError();
  console.warn('The dashboard failed to render', error);
  return (
    <main className="standalone-page">
      <h1>The dashboard failed</h1>
      <p>
        Something went wrong while showing this page. Reload the page; if it keeps happening, tell
        the intake team.
      </p>
      <p>
        <a href="/">Go to the overview</a>
      </p>
    </main>
  );
}
