import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../api/errors';

/** The export's own call failed because the user stopped it (reports.cancel), which needs no error. */
export const isCancelled = (error: unknown): boolean => error instanceof ApiCallError && error.error.code === 'CANCELLED';

/**
 * Stopping the Word report being built: `stop` asks main to end it, after which the export's own
 * call fails with CANCELLED. `settled` goes with the export's end, whatever it was.
 */
export function useReportCancel(onError: (text: string) => void) {
  const { t } = useTranslation();
  const [stopping, setStopping] = useState(false);
  const stop = () => {
    setStopping(true);
    call('reports.cancel', {}).then(
      // Nothing was being built (it had just finished): the export's own answer follows.
      ({ cancelled }) => { if (cancelled === 0) setStopping(false); },
      (e: unknown) => {
        setStopping(false);
        onError(errorText(t, e));
      },
    );
  };
  return { stopping, stop, settled: () => setStopping(false) };
}

export function ReportCancelButton({ cancel }: { cancel: ReturnType<typeof useReportCancel> }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--small" onClick={cancel.stop} disabled={cancel.stopping}>
      {cancel.stopping ? t('reports.ui.export.stopping') : t('reports.ui.export.cancel')}
    </button>
  );
}
