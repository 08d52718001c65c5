import { memo } from 'react';
import { Tooltip } from '@/components/ui/tooltip';
import { formatCount } from '@/lib/format/count';
import { formatShare } from './chart-format';
import type { KpiId } from './chart-definitions';
import { KPI_DEFINITION_TEXT } from './chart-definitions';

interface KpiProps {
  label: string;
  definition: string;
  value: string | undefined;
  detail?: string;
}

function Kpi({ label, definition, value, detail }: KpiProps) {
  return (
    <div className="kpi">
      <dt className="kpi__label">
        {label}
        <Tooltip content={definition}>
          <button type="button" className="kpi__info" aria-label={`How “${label}” is counted`}>
            <span aria-hidden="true">?</span>
          </button>
        </Tooltip>
      </dt>
      <dd className="kpi__value">{value ?? '…'}</dd>
      {detail === undefined ? null : <dd className="kpi__detail">{detail}</dd>}
    </div>
  );
}

const countOf = (value: number | undefined, noun: string) =>
  value === undefined ? undefined : `${formatCount(value)} ${noun}`;

/**
 * The headline numbers, each with Salesfinity's definition in a tooltip. Drawn again only when a
 * number changes (a pressed bucket re-renders the charts around it).
 */
// Serves "filter change → complete charts" with the plots' memo (docs/performance.md, "Mechanisms and what each pays for").
export const KpiStrip = memo(
  function KpiStrip({ kpis }: { kpis: Record<KpiId, number | undefined> }) {
    const { total, connected, conversations, meetings } = kpis;
    return (
      <dl className="kpi-strip">
        <Kpi
          label="Total calls"
          definition={KPI_DEFINITION_TEXT.total}
          value={total === undefined ? undefined : formatCount(total)}
        />
        <Kpi
          label="Connect rate"
          definition={KPI_DEFINITION_TEXT.connectRate}
          value={total === 0 ? '–' : formatShare(connected, total)}
          detail={countOf(connected, 'connected')}
        />
        <Kpi
          label="Conversation rate"
          definition={KPI_DEFINITION_TEXT.conversationRate}
          value={total === 0 ? '–' : formatShare(conversations, total)}
          detail={countOf(conversations, 'conversations')}
        />
        <Kpi
          label="Meetings set"
          definition={KPI_DEFINITION_TEXT.meetings}
          value={meetings === undefined ? undefined : formatCount(meetings)}
        />
      </dl>
    );
  },
  (before, after) => JSON.stringify(before.kpis) === JSON.stringify(after.kpis),
);
