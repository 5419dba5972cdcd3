import { useContext, useState } from 'preact/hooks';
import { AppError } from '@/lib/errors';
import { INGATLANOK_BASE, type PortalEnvironment } from '@/lib/portals/ingatlanok/endpoints';
import { ErrorNotice } from '../ErrorNotice';
import { useTask } from '../kenar/kenar-env';
import {
  PortalEnvContext,
  type PortalSectionProps,
  type PortalStatus,
  usePortalSend,
  usePortalT,
} from './portal-env';

/**
 * The account: admin user name, the JSON password (never shown back), sandbox or production.
 * Saving first asks the browser for the system's host, straight from the click.
 */
export function PortalAccountForm({ status, onStatus }: PortalSectionProps) {
  const t = usePortalT();
  const send = usePortalSend();
  const { requestOrigins } = useContext(PortalEnvContext);
  const [user, setUser] = useState(status.account?.user ?? '');
  const [password, setPassword] = useState('');
  const [environment, setEnvironment] = useState<PortalEnvironment>(
    status.account?.environment ?? 'sandbox',
  );
  const [saved, save] = useTask<PortalStatus>();
  const onSave = () => {
    const asked = requestOrigins([`${new URL(INGATLANOK_BASE[environment]).origin}/*`]);
    void save(async () => {
      if (!(await asked)) throw new AppError('portal-permission', 'the browser did not allow it');
      const next = await send<'portalSaveAccount'>({
        type: 'portalSaveAccount',
        user: user.trim(),
        environment,
        ...(password ? { password } : {}),
      });
      setPassword('');
      onStatus(next);
      return next;
    });
  };
  const canSave = user.trim() !== '' && (password !== '' || status.account?.hasPassword === true);
  return (
    <div class="options-section" data-testid="portal-account">
      <label class="options-row">
        {t('user')}
        <input
          class="input"
          dir="ltr"
          autocomplete="off"
          data-testid="portal-user"
          value={user}
          onInput={(e) => setUser(e.currentTarget.value)}
        />
      </label>
      <label class="options-row">
        {t('password')}
        <input
          class="input"
          type="password"
          dir="ltr"
          autocomplete="off"
          data-testid="portal-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      {status.account?.hasPassword ? <p class="muted">{t('passwordSet')}</p> : null}
      <fieldset class="options-row portal-env">
        <legend>{t('environment')}</legend>
        {(['sandbox', 'production'] as const).map((env) => (
          <label key={env}>
            <input
              type="radio"
              name="portal-env"
              data-testid={`portal-env-${env}`}
              checked={environment === env}
              onChange={() => setEnvironment(env)}
            />
            {t(env)} <code dir="ltr">{new URL(INGATLANOK_BASE[env]).host}</code>
          </label>
        ))}
      </fieldset>
      <div class="options-row">
        <button
          type="button"
          class="button"
          data-testid="portal-save"
          disabled={!canSave}
          onClick={onSave}
        >
          {t('save')}
        </button>
      </div>
      {saved.status === 'done' ? (
        <p class="ok" data-testid="portal-saved">
          {t('saved')}
        </p>
      ) : null}
      {saved.status === 'failed' ? (
        <ErrorNotice kind={saved.error.kind} detail={saved.error.message} />
      ) : null}
    </div>
  );
}
