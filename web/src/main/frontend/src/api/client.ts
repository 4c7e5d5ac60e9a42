import { wordProblem } from '../i18n/problems';

/**
 * The one way the app talks to the Styrkedja API: adds the bearer token, the chosen language and
 * the chosen municipality to every request, and turns RFC 9457 problem responses into ApiError.
 */

export interface FieldError {
  field: string;
  /** Stable, e.g. core.validation.not-blank: the message files word it (i18n/problems.ts). */
  code?: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
}

/** A failed API call. status 0 means the server was not reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly code?: string;
  readonly errors: FieldError[];

  constructor(status: number, problem: Problem = {}) {
    super(problem.title ?? problem.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.code = problem.code;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export interface ApiClientOptions {
  /** Prefix for every path, e.g. '' when the app is served by the same WAR as the API. */
  baseUrl?: string;
  /** Returns a fresh access token (refreshing it first if needed), or null when not signed in. */
  getToken: () => Promise<string | null>;
  getLanguage: () => string;
  /** The municipality the user chose among those the token grants, or null for the default. */
  getTenant: () => string | null;
  /** Called on 401, e.g. to send the user back to the login page. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export const TENANT_HEADER = 'X-Styrkedja-Tenant';

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete(path: string): Promise<void>;
  /** A multipart upload (files); the browser sets the boundary. */
  postForm<T>(path: string, form: FormData): Promise<T>;
  /** A text answer such as a CSV download. */
  getText(path: string): Promise<string>;
  /** A file the API sends (an export), fetched with the token, since a plain link has none. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  // Resolved per call so tests and late-installed polyfills see the current global.
  const doFetch = (input: string, init: RequestInit) => (options.fetch ?? fetch)(input, init);

  async function send(
    method: string,
    path: string,
    body?: unknown,
    accept = 'application/json, application/problem+json',
  ): Promise<Response> {
    const headers = new Headers({
      Accept: accept,
      'Accept-Language': options.getLanguage(),
    });
    const token = await options.getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const tenant = options.getTenant();
    if (tenant) headers.set(TENANT_HEADER, tenant);
    const form = body instanceof FormData ? body : null;
    if (body !== undefined && !form) headers.set('Content-Type', 'application/json');

    let response: Response;
    try {
      response = await doFetch(baseUrl + path, {
        method,
        headers,
        body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
    } catch {
      throw new ApiError(0);
    }

    if (!response.ok) {
      if (response.status === 401) options.onUnauthorized?.();
      // Worded here, once, in the user's language, so every page shows the same words.
      throw new ApiError(
        response.status,
        wordProblem(await readProblem(response), options.getLanguage()),
      );
    }
    return response;
  }

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    as: 'json' | 'text' = 'json',
  ): Promise<T> {
    const response = await send(method, path, body);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (as === 'text') return text as T;
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: (path) => request('DELETE', path),
    postForm: (path, form) => request('POST', path, form),
    getText: (path) => request<string>('GET', path, undefined, 'text'),
    download: async (path) => {
      const response = await send('GET', path, undefined, '*/*');
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get('Content-Disposition')),
      };
    },
  };
}

/** Reads a problem document; anything else (an HTML error page from a proxy) yields just the status. */
async function readProblem(response: Response): Promise<Problem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json/i.test(contentType)) return { status: response.status };
  try {
    const parsed: unknown = await response.json();
    return parsed && typeof parsed === 'object' ? (parsed as Problem) : {};
  } catch {
    return {};
  }
}

/**
 * The last segment of a Bean Validation path ('create.arg0.title' -> 'title'), so server field
 * errors land next to the form field they belong to.
 */
export function fieldName(path: string): string {
  const segments = path.split('.');
  return segments[segments.length - 1] ?? path;
}

/** The file name of a Content-Disposition header, preferring the UTF-8 form (filename*=). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition);
  return plain?.[1] ?? null;
}
