import { describe, expect, it } from 'vitest';
import { idpHint } from './session';

describe('idpHint', () => {
  it('takes the municipality sign-in named in the address', () => {
    expect(idpHint('?idp=botkyrka')).toBe('botkyrka');
    expect(idpHint('?x=1&idp=ystad-2')).toBe('ystad-2');
  });

  it('ignores anything that is not a tenant id', () => {
    expect(idpHint('')).toBeUndefined();
    expect(idpHint('?idp=')).toBeUndefined();
    expect(idpHint('?idp=Botkyrka')).toBeUndefined();
    expect(idpHint('?idp=a%26prompt%3Dnone')).toBeUndefined();
  });
});
