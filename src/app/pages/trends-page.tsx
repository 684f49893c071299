import { TrendsView } from '../../features/trends/trends-view.tsx';

export function TrendsPage() {
  return <TrendsView />;
}
