import Keycloak from 'keycloak-js';
import type { Locale } from '../i18n/messages';

export interface PublicConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export interface Session {
  /** A valid access token, refreshed first if it expires within 30 seconds. */
  getToken: () => Promise<string | null>;
  /** The name in the ID token, shown until /api/me has answered. */
  tokenName: string | null;
  login: () => void;
  logout: () => void;
}

export class BootError extends Error {
  constructor(
    readonly stage: 'config' | 'login',
    cause: unknown,
  ) {
    super(`Sign-in failed at ${stage}`, { cause });
    this.name = 'BootError';
  }
}

const ROUTE_KEY = 'styrkedja.route';

/**
 * Every municipality the person belongs to goes into the token (the realm's organization scope,
 * all of its values), so that one who works for two can switch between them in the header; what
 * they may do in each comes from that municipality's own role assignments, not from the token.
 */
const ORGANIZATION_SCOPE = 'openid styrkedja-organization:*';

/**
 * Where the app lives ('' at the server root, '/styrkedja' under a context path), so API calls
 * go to the same WAR whatever it is deployed as.
 */
export function appBasePath(): string {
  return new URL('.', window.location.href).pathname.replace(/\/$/, '');
}

/** The app's address without the hash route: the redirect target registered in Keycloak. */
function appUrl(): string {
  return window.location.origin + appBasePath() + '/';
}

/**
 * The municipality sign-in named in the address (`?idp=botkyrka`): the link a municipality gives
 * its staff, so Keycloak sends them straight to the municipality's own identity provider
 * (kc_idp_hint) instead of asking for a user name first. Anything but a tenant id is ignored.
 */
export function idpHint(search: string = window.location.search): string | undefined {
  const hint = new URLSearchParams(search).get('idp');
  return hint && /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(hint) ? hint : undefined;
}

/** currentLocale picks the language of Keycloak's login page (ui_locales). */
export async function signIn(currentLocale: () => Locale): Promise<Session> {
  let config: PublicConfig;
  try {
    const response = await fetch(`${appBasePath()}/api/public/config`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    config = (await response.json()) as PublicConfig;
  } catch (e) {
    throw new BootError('config', e);
  }

  // Keycloak answers in the URL fragment, where the hash route also lives, so the route is kept
  // aside over the round trip and the redirect URI carries no fragment of its own.
  if (window.location.hash.startsWith('#/'))
    sessionStorage.setItem(ROUTE_KEY, window.location.hash);

  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  try {
    // Not onLoad 'login-required': that login could not carry the identity provider hint.
    const authenticated = await keycloak.init({
      pkceMethod: 'S256',
      scope: ORGANIZATION_SCOPE,
      checkLoginIframe: false,
      redirectUri: appUrl(),
      locale: currentLocale(),
    });
    if (!authenticated) {
      await keycloak.login({
        redirectUri: appUrl(),
        locale: currentLocale(),
        idpHint: idpHint(),
        scope: ORGANIZATION_SCOPE,
      });
      // The browser is on its way to Keycloak.
      await new Promise<never>(() => undefined);
    }
  } catch (e) {
    throw new BootError('login', e);
  }

  const route = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (route && !window.location.hash.startsWith('#/')) {
    window.history.replaceState(window.history.state, '', route);
  }

  const login = () => {
    if (window.location.hash.startsWith('#/')) {
      sessionStorage.setItem(ROUTE_KEY, window.location.hash);
    }
    return keycloak.login({
      redirectUri: appUrl(),
      locale: currentLocale(),
      scope: ORGANIZATION_SCOPE,
    });
  };
  const name = keycloak.idTokenParsed?.['name'];
  return {
    tokenName: typeof name === 'string' ? name : null,
    getToken: async () => {
      try {
        await keycloak.updateToken(30);
      } catch {
        // The refresh token has expired too (e.g. the SSO session ended): sign in again.
        await login();
        return null;
      }
      return keycloak.token ?? null;
    },
    login: () => void login(),
    logout: () => void keycloak.logout({ redirectUri: appUrl() }),
  };
}
