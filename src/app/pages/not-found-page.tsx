import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <p className="notice-box">
      There is no page at this address. <Link to="/">Go to the overview</Link>.
    </p>
  );
}
