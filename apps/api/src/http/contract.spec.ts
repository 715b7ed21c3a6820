import { HTTP_ROUTES } from '@kindred/session';
import { checkAgainstContract } from '../test-support/clients';
import { buildOpenApiDocument } from './openapi';

describe('the HTTP contract', () => {
  it('rejects an answer with a field the contract does not describe', () => {
    expect(() => checkAgainstContract('GET', '/api/join/ABC123', 200, { title: 'Tuesday', acceptingPairs: true, language: 'es' })).not.toThrow();
    expect(() => checkAgainstContract('GET', '/api/join/ABC123', 200, { title: 'Tuesday', acceptingPairs: true, language: 'es', facilitatorEmail: 'a@b.c' })).toThrow(
      /does not describe/,
    );
    expect(() => checkAgainstContract('GET', '/api/sessions/1', 200, { id: '1' })).toThrow(/does not describe/);
  });

  it('rejects a success from a route the contract does not have, or with another status', () => {
    expect(() => checkAgainstContract('GET', '/api/secret', 200, {})).toThrow(/no such route/);
    expect(() => checkAgainstContract('POST', '/api/join', 200, { sessionId: 's', pairId: 'p', pairToken: 't' })).toThrow(/contract says 201/);
    // Failures are checked elsewhere (every error has a code and a message).
    expect(() => checkAgainstContract('GET', '/api/secret', 404, { code: 'x', message: 'y' })).not.toThrow();
  });

  it('generates the OpenAPI document from the same schemas', () => {
    const doc = buildOpenApiDocument();
    expect(Object.keys(doc.paths)).toHaveLength(new Set(HTTP_ROUTES.map((r) => r.path)).size);
    const join = doc.paths['/api/join/{code}']?.get;
    const schema = (join?.responses['200'] as { content: Record<string, { schema: { properties: object; additionalProperties: boolean } }> }).content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(['title', 'acceptingPairs', 'language']);
    expect(schema.additionalProperties).toBe(false);
    expect(doc.paths['/api/sessions']?.post?.requestBody).toMatchObject({ content: { 'application/json': { schema: { required: expect.arrayContaining(['title', 'planId']) } } } });
  });
});
