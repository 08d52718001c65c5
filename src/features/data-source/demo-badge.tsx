import { useQuery } from '@tanstack/react-query';
import { dataSourceQuery } from './data-source-query';

/** Says so whenever the proxy serves the built-in simulator instead of the real service. */
export function DemoBadge() {
  const { data: dataSource } = useQuery(dataSourceQuery());
  if (dataSource !== 'demo') return null;
  return (
    <span
      className="badge badge--demo"
      title="No SALESFINITY_API_KEY is configured: these calls come from the built-in simulator."
    >
      Demo data
    </span>
  );
}
