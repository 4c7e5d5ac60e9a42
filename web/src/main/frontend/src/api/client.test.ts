import { describe, expect, it, vi } from 'vitest';
import { ApiError, TENANT_HEADER, createApiClient, fieldName } from './client';

function clientAnswering(response: Response | Error, tenant: string | null = null) {
  const fetch = vi.fn(async (_input: string, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  const api = createApiClient({
    baseUrl: '/ctx',
    getToken: async () => 'token-123',
    getLanguage: () => 'sv',
    getTenant: () => tenant,
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { api, fetch };
}

const problem = {
  type: 'https://styrkedja.se/problems/validation',
  title: 'Invalid input',
  status: 400,
  detail: "The field 'title' is not valid: must not be blank",
  instance: 'urn:uuid:6f1c',
  code: 'core.validation',
  errors: [
    { field: 'create.arg0.title', code: 'core.validation.not-blank', message: 'must not be blank' },
  ],
};

describe('ApiClient', () => {
  it('turns a problem+json response into an ApiError with title, detail and field errors', async () => {
    const { api } = clientAnswering(
      new Response(JSON.stringify(problem), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );

    const error = await api.post('/api/notes', { title: '', body: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    // In the user's language (Swedish here), by the problem's code, not the server's English.
    expect(apiError.title).toBe('Ogiltiga uppgifter');
    expect(apiError.detail).toBe('Några uppgifter är inte giltiga. Rätta fälten som är markerade.');
    expect(apiError.code).toBe('core.validation');
    expect(apiError.instance).toBe('urn:uuid:6f1c');
    expect(apiError.errors).toEqual([
      {
        field: 'create.arg0.title',
        code: 'core.validation.not-blank',
        message: 'Fältet måste fyllas i.',
      },
    ]);
    expect(fieldName(apiError.errors[0]!.field)).toBe('title');
  });

  it('keeps the status of an error that is not a problem document', async () => {
    const { api } = clientAnswering(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
    );

    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBeUndefined();
    expect(error.errors).toEqual([]);
  });

  it('reports a server that cannot be reached as status 0', async () => {
    const { api } = clientAnswering(new TypeError('Failed to fetch'));

    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('sends the token, the language and the chosen municipality', async () => {
    const { api, fetch } = clientAnswering(
      new Response(JSON.stringify({ id: 'n1' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      }),
      'huddinge',
    );

    const created = await api.post<{ id: string }>('/api/notes', { title: 'T', body: 'B' });

    expect(created).toEqual({ id: 'n1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/ctx/api/notes');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(headers.get('Accept-Language')).toBe('sv');
    expect(headers.get(TENANT_HEADER)).toBe('huddinge');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe(JSON.stringify({ title: 'T', body: 'B' }));
  });

  it('sends no tenant header when none is chosen, and returns nothing for 204', async () => {
    const { api, fetch } = clientAnswering(new Response(null, { status: 204 }));

    await expect(api.delete('/api/notes/n1')).resolves.toBeUndefined();

    const headers = new Headers(fetch.mock.calls[0]![1]?.headers);
    expect(headers.has(TENANT_HEADER)).toBe(false);
  });
});
