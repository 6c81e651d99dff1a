import { describe, expect, it } from 'vitest';
import { loginError } from '../../src/discord/start.js';

describe('loginError', () => {
  const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

  it('keeps what failed and scrubs only the token', () => {
    const err = loginError(new Error(`An invalid token was provided: ${token} (401 Unauthorized)`), token);
    expect(err.message).toBe(
      'Could not log in to Discord: An invalid token was provided: [redacted] (401 Unauthorized)',
    );
    expect(String(err.stack)).not.toContain(token);
  });

  it('passes a message without the token through unchanged', () => {
    expect(loginError(new Error('connect ECONNREFUSED 127.0.0.1:9'), token).message).toBe(
      'Could not log in to Discord: connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('takes a thrown non-Error as text', () => {
    expect(loginError(`bad ${token}`, token).message).toBe('Could not log in to Discord: bad [redacted]');
  });
});
