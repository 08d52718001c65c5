import { useQuery } from '@tanstack/react-query';
import { modeQuery } from './mode-query';

/** Says so whenever the proxy serves the built-in simulator instead of the real service. */
export function DemoBadge() {
  const { data: mode } = useQuery(modeQuery());
  if (mode !== 'demo') return null;
  return (
    <span
      className="badge badge--demo"
      title="No SALESFINITY_API_KEY is configured: these calls come from the built-in simulator."
    >
      Demo data
    </span>
  );
}
