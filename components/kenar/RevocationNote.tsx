import type { Revocation } from '@/lib/kenar/revoke';
import { useKenarT } from './kenar-env';

/** What asking Kenar to revoke the tokens came to, after Disconnect or Clear all data. */
export function RevocationNote({ revocation }: { revocation: Revocation | undefined }) {
  const t = useKenarT();
  if (!revocation || revocation === 'nothing') return null;
  return (
    <p
      class={revocation === 'revoked' ? 'ok' : 'notice'}
      role="status"
      data-testid="revocation"
      data-revocation={revocation}
    >
      {t(`revocation.${revocation}`)}
    </p>
  );
}
