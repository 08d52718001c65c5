import { TokenInput } from '@/components/ui/token-input';
import { usePhoneFormat } from '@/lib/format/use-phone-format';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { checkPhoneToken } from './phone-token';

const HINT = 'Press Enter or type a comma after each number. Any formatting matches.';

/** The from and to numbers: several each, any of which matches. Each change is a push. */
export function PhoneFilters() {
  const { view, update } = useCallsView();
  const format = usePhoneFormat();
  const formatValue = (value: string) => format(value) ?? value;
  return (
    <>
      <TokenInput
        label="From numbers"
        values={view.filters.from ?? []}
        onChange={(from) => {
          update((current) => withFilters(current, { from }));
        }}
        check={checkPhoneToken}
        formatValue={formatValue}
        hint={HINT}
        placeholder="(555) 123-4567"
      />
      <TokenInput
        label="To numbers"
        values={view.filters.to ?? []}
        onChange={(to) => {
          update((current) => withFilters(current, { to }));
        }}
        check={checkPhoneToken}
        formatValue={formatValue}
        hint={HINT}
        placeholder="(555) 123-4567"
      />
    </>
  );
}
