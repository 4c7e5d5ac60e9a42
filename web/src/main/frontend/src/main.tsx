import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BootError, signIn } from './auth/session';
import { I18nProvider, storedLocale, useI18n } from './i18n/I18nProvider';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

function render(node: ReactNode) {
  root.render(
    <StrictMode>
      <I18nProvider>{node}</I18nProvider>
    </StrictMode>,
  );
}

function Starting() {
  const { t } = useI18n();
  return (
    <main className="boot" id="main">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

function StartFailed({ stage }: { stage: 'config' | 'login' }) {
  const { t } = useI18n();
  return (
    <main className="boot" id="main">
      <h1>{t('boot.error.heading')}</h1>
      <div className="alert alert-error" role="alert">
        <p className="alert-title">
          {stage === 'config' ? t('boot.error.config') : t('boot.error.login')}
        </p>
        <p>{t('boot.error.hint')}</p>
      </div>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('boot.retry')}
      </button>
    </main>
  );
}

// Sign-in happens outside React so that it runs exactly once (keycloak-js may be initialised
// only once per page, and StrictMode runs effects twice in development).
render(<Starting />);
signIn(storedLocale)
  .then((session) => render(<App session={session} />))
  .catch((error: unknown) => {
    console.error(error);
    render(<StartFailed stage={error instanceof BootError ? error.stage : 'login'} />);
  });
