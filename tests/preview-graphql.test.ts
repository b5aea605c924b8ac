/**
 * The preview's lightning/graphql answers as the platform does for what the cards ask: field-level
 * security fails a query on a hidden field unless it is @optional, where/orderBy/first pick the
 * records, child relationships are connections, and the whole query is one request.
 */
import { answerQuery, parseQuery, type GraphqlSource } from '../preview/src/runtime/graphql';
import { RequestLog } from '../preview/src/runtime/requests';
import { SalesforceService } from '../preview/src/runtime/salesforce-service';
import type { PreviewSettings } from '../preview/src/runtime/settings';

const ACCOUNT = '001000000000001AAA';
const seeds = [
  { id: ACCOUNT, apiName: 'Account' as const, fields: { Name: 'Rimal', HC_Health_Score__c: 41 } },
  {
    id: '006000000000001AAA',
    apiName: 'Opportunity' as const,
    fields: { AccountId: ACCOUNT, IsWon: true, CloseDate: '2026-03-01', HC_Handoff_Status__c: 'accepted' },
  },
  {
    id: '006000000000002AAA',
    apiName: 'Opportunity' as const,
    fields: { AccountId: ACCOUNT, IsWon: true, CloseDate: '2026-09-01', HC_Handoff_Status__c: 'submitted' },
  },
  {
    id: '006000000000003AAA',
    apiName: 'Opportunity' as const,
    fields: { AccountId: ACCOUNT, IsWon: false, CloseDate: '2026-10-01', HC_Handoff_Status__c: 'draft' },
  },
];

function service(noAccess = false) {
  const log = new RequestLog();
  const settings = { noAccess, latency: 0 } as unknown as PreviewSettings;
  const packageFields = { Account: { HC_Health_Score__c: 'double' }, Opportunity: { HC_Handoff_Status__c: 'picklist' } };
  return { sf: new SalesforceService({ seeds, packageFields, settings, log }), log };
}

const QUERY = `
  query health($accountId: ID) {
    uiapi { query {
      Account(where: { Id: { eq: $accountId } }, first: 1) {
        edges { node {
          Id
          HC_Health_Score__c @optional { value }
          Opportunities(first: 1, where: { IsWon: { eq: true } }, orderBy: { CloseDate: { order: DESC } }) @optional {
            edges { node { Id HC_Handoff_Status__c @optional { value } } }
          }
        } }
      }
    } }
  }`;

describe('the preview lightning/graphql', () => {
  it('answers the account and its latest won opportunity in one request', async () => {
    const { sf, log } = service();
    const answer = await sf.graphql({ query: QUERY, variables: { accountId: ACCOUNT } }, 'c-card');
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data).toEqual({
      uiapi: {
        query: {
          Account: {
            edges: [
              {
                node: {
                  Id: ACCOUNT,
                  HC_Health_Score__c: { value: 41 },
                  Opportunities: { edges: [{ node: { Id: '006000000000002AAA', HC_Handoff_Status__c: { value: 'submitted' } } }] },
                },
              },
            ],
          },
        },
      },
    });
    expect(log.byCard()).toEqual({ 'c-card': 1 });
  });

  it('leaves out @optional fields the user cannot see', async () => {
    const { sf } = service(true);
    const answer = await sf.graphql({ query: QUERY, variables: { accountId: ACCOUNT } }, 'c-card');
    const node = (answer?.data as any).uiapi.query.Account.edges[0].node;
    expect(node).toEqual({ Id: ACCOUNT, Opportunities: { edges: [{ node: { Id: '006000000000002AAA' } }] } });
  });

  it('fails the whole query on a hidden field without @optional', async () => {
    const { sf, log } = service(true);
    const answer = await sf.graphql(
      { query: QUERY.replace('HC_Health_Score__c @optional', 'HC_Health_Score__c'), variables: { accountId: ACCOUNT } },
      'c-card',
    );
    expect(answer?.data).toBeUndefined();
    expect(answer?.errors?.[0].extensions.ErrorType).toBe('ValidationError');
    expect(log.entries[0].ok).toBe(false);
  });

  it('finds no record the query does not match, and waits for a query', async () => {
    const { sf, log } = service();
    const answer = await sf.graphql({ query: QUERY, variables: { accountId: '001000000000009AAA' } }, 'c-card');
    expect((answer?.data as any).uiapi.query.Account.edges).toEqual([]);
    expect(await sf.graphql({ variables: { accountId: ACCOUNT } }, 'c-card')).toBeUndefined();
    expect(log.entries).toHaveLength(1);
  });

  it('rejects a query it cannot read', () => {
    expect(() => parseQuery('query { uiapi { query { Account( } } }')).toThrow(SyntaxError);
    const source = { records: () => undefined } as unknown as GraphqlSource;
    expect(answerQuery(parseQuery('{ uiapi { query { Nope { edges { node { Id } } } } } }'), {}, source).errors?.[0].message).toContain("'Nope'");
  });
});
