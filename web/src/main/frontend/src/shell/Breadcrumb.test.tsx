// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { Breadcrumb } from './Breadcrumb';

afterEach(cleanup);

const show = (crumbs: { label: string; to?: string }[]) =>
  render(
    <I18nProvider>
      <MemoryRouter>
        <Breadcrumb crumbs={crumbs} />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('Breadcrumb', () => {
  it('links every step but the last, which is the current page', () => {
    show([
      { label: 'Översikt', to: '/' },
      { label: 'Handlingsplaner', to: '/handlingsplaner' },
      { label: 'Lokal handlingsplan', to: '/handlingsplaner/p1' },
    ]);
    const nav = screen.getByRole('navigation', { name: 'Du är här' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Översikt', '/'],
      ['Handlingsplaner', '/handlingsplaner'],
    ]);
    const current = within(nav).getByText('Lokal handlingsplan');
    expect(current.tagName).toBe('SPAN');
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
  });

  it('is left out where there is only the page itself', () => {
    show([{ label: 'Översikt', to: '/' }]);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
