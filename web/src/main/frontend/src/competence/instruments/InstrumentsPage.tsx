import type { Me } from '../../api/types';
import { InstrumentDetail } from './InstrumentDetail';
import { InstrumentList } from './InstrumentList';

/** Självskattningar: the list of instruments, or one instrument by its address. */
export function InstrumentsPage({ me, instrumentId }: { me: Me; instrumentId: string | null }) {
  return instrumentId ? (
    <InstrumentDetail instrumentId={instrumentId} />
  ) : (
    <InstrumentList me={me} />
  );
}
