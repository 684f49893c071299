/** The demo data (the MSW worker) could not start, e.g. service workers are blocked. */
export function StartupErrorPage({ reason }: { reason: string }) {
  return (
    <main className="standalone-page">
      <h1>The demo data could not start</h1>
      <p>
        Without <code>VITE_INTAKE_API_URL</code> the dashboard serves demo data from a service
        worker in this browser, and it failed to start: {reason}
      </p>
      <p>
        Service workers need <code>https</code> or <code>localhost</code>, and may be blocked in
        private windows. Open the dashboard on localhost, or configure a real intake API.
      </p>
    </main>
  );
}
