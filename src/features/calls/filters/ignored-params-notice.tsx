import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { useCallsView } from '@/lib/calls-view/use-calls-view';

/** What the call log's link carried that the page could not use. */
export function CallsIgnoredParamsNotice() {
  const { ignored, dismissIgnored } = useCallsView();
  return (
    <IgnoredParamsNotice
      ignored={ignored}
      onDismiss={dismissIgnored}
      shownWithout="The calls below are shown without it."
    />
  );
}
