import { vi } from 'vitest';
import type { ApiClient } from '../api/client';

/** The API client as the page tests see it: every method a Vitest mock. */
export type MockApiClient = { [K in keyof ApiClient]: ReturnType<typeof vi.fn> };

/**
 * A stand-in for the API client whose methods answer nothing until a test says how. Typed against
 * ApiClient, so a method added to the client is added here once, not in every test.
 */
export function mockApiClient(): MockApiClient {
  return {
    get: vi.fn(),
    post: vi.fn(),
    put: vi.fn(),
    delete: vi.fn(),
    postForm: vi.fn(),
    getText: vi.fn(),
    download: vi.fn(),
  };
}
