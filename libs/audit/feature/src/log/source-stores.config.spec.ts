import { ConfigError } from '@aftersales/platform';
import { auditSettings } from '../audit.config';
import { parseSourceStores, sourceStoreName } from './source-stores.config';

describe('AUDIT_SOURCE_STORES: the other contexts\' event stores verify reads back (AU-2)', () => {
  const problems = (text: string): readonly string[] => {
    try {
      parseSourceStores(text);
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
    throw new Error('accepted');
  };

  it('unset or empty: no source store', () => {
    expect(parseSourceStores(undefined)).toEqual([]);
    expect(parseSourceStores('  ')).toEqual([]);
  });

  it('one store per context as its service is configured; contexts on one store are one reader; the schema defaults to PG_SCHEMA\'s default', () => {
    const stores = parseSourceStores(
      JSON.stringify({
        intake: { kind: 'postgres', url: 'postgres://audit:pw@pg:5432/aftersales', schema: 'aftersales' },
        qa: { kind: 'postgres', url: 'postgres://audit:pw@pg:5432/aftersales' },
        dispatch: { kind: 'eventstoredb', url: 'esdb://esdb:2113?tls=false' },
      }),
    );
    expect(stores).toEqual([
      { kind: 'postgres', url: 'postgres://audit:pw@pg:5432/aftersales', schema: 'aftersales', contexts: ['intake', 'qa'] },
      { kind: 'eventstoredb', url: 'esdb://esdb:2113?tls=false', contexts: ['dispatch'] },
    ]);
    // The report names a store without its URL, which may hold a password.
    expect(stores.map(sourceStoreName)).toEqual(['postgres schema aftersales (intake, qa)', 'eventstoredb (dispatch)']);
  });

  it('every problem at once, naming the context and the field', () => {
    expect(problems('intake=postgres://x')[0]).toMatch(/^AUDIT_SOURCE_STORES must be a JSON object keyed by context/);
    expect(problems('[]')[0]).toMatch(/^AUDIT_SOURCE_STORES must be a JSON object keyed by context/);
    expect(
      problems(
        JSON.stringify({
          audit: { kind: 'postgres', url: 'postgres://a/b' },
          billing: { kind: 'postgres', url: 'postgres://a/b' },
          intake: { kind: 'postgres', url: 'mysql://a/b', schema: 'Bad-Schema', user: 'x' },
          qa: { kind: 'eventstoredb', url: 'http://esdb', schema: 'x' },
          dispatch: { kind: 'mongo', url: 'mongodb://m' },
          'finance-ratio': 'postgres://a/b',
        }),
      ),
    ).toEqual([
      "AUDIT_SOURCE_STORES.audit: audit's own events are verified in its own event store; leave it out",
      'AUDIT_SOURCE_STORES.billing: not a recorded context (one of intake, qa, dispatch, finance-ratio, calendar, warehouse-returns)',
      'AUDIT_SOURCE_STORES.intake.user: unknown setting (kind, url, schema)',
      "AUDIT_SOURCE_STORES.intake.url must be a postgres:// URL (that service's PG_URL)",
      "AUDIT_SOURCE_STORES.intake.schema must be a lower-case SQL identifier (that service's PG_SCHEMA)",
      "AUDIT_SOURCE_STORES.qa.url must be an esdb:// connection string (that service's EVENTSTORE_URL)",
      'AUDIT_SOURCE_STORES.qa.schema: only a postgres store has a schema',
      'AUDIT_SOURCE_STORES.dispatch.kind must be postgres or eventstoredb',
      'AUDIT_SOURCE_STORES.finance-ratio must be an object with kind and url',
    ]);
  });

  it('only where a service runs the log: refused in the standalone and without the signing key', () => {
    const stores = JSON.stringify({ intake: { kind: 'postgres', url: 'postgres://a/b' } });
    expect(() => auditSettings({ AUDIT_SOURCE_STORES: stores }, { dataDir: '/tmp/x' })).toThrow(/AUDIT_SOURCE_STORES is for the audit service in distributed mode/);
    expect(() => auditSettings({ AUDIT_SOURCE_STORES: stores })).toThrow(/AUDIT_SIGNING_KEY_FILE is not/);
    expect(auditSettings({ AUDIT_SOURCE_STORES: stores, AUDIT_SIGNING_KEY_FILE: '/run/secrets/key.pem' }).log?.sourceStores).toEqual([
      { kind: 'postgres', url: 'postgres://a/b', schema: 'aftersales', contexts: ['intake'] },
    ]);
  });
});
