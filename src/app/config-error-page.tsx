import type { ConfigProblem } from '../lib/config.ts';

/** Instead of a blank screen: which setting is wrong, and why. */
export function ConfigErrorPage({ problems }: { problems: ConfigProblem[] }) {
  return (
    <main className="standalone-page">
      <h1>Configuration problem</h1>
      <p>
        The dashboard cannot start because{' '}
        {problems.length === 1 ? 'a setting is' : 'some settings are'} wrong:
      </p>
      <dl className="config-problems">
        {problems.map((p) => (
          <div key={p.variable}>
            <dt>
              <code>{p.variable}</code>
            </dt>
            <dd>{p.reason}</dd>
          </div>
        ))}
      </dl>
      <p>
        Correct the value in the environment or <code>.env</code> file the dashboard was built with,
        then build or start it again.
      </p>
    </main>
  );
}
