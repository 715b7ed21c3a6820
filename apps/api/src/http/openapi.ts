import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ERROR_MESSAGES, HTTP_ROUTES, type HttpRoute } from '@kindred/session';
import { z } from 'zod';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as object;

/** The 2xx answer of a route: its response schema, or the content type of the file it sends. */
function okContent(body: HttpRoute['ok']['body']) {
  if (body === null) return undefined;
  if (typeof body === 'string') return { [body]: { schema: { type: 'string', format: 'binary' } } };
  return { 'application/json': { schema: jsonSchema(body, 'output') } };
}

/**
 * The OpenAPI document, generated from the HTTP contract (HTTP_ROUTES in
 * libs/session/src/protocol/http.ts): the same schemas the controllers validate bodies
 * with and the integration tests check responses against.
 */
export function buildOpenApiDocument(): OpenAPIObject {
  const paths: OpenAPIObject['paths'] = {};
  for (const route of HTTP_ROUTES as readonly HttpRoute[]) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1]!, in: 'path' as const, required: true, schema: { type: 'string' as const } }));
    const errors = Object.entries(route.errors ?? {}).map(([status, description]): [string, object] => [
      status,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]);
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        parameters: params,
        security: route.auth ? [{ cookie: [] }] : [],
        requestBody: route.body ? { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } : undefined,
        responses: {
          [route.ok.status]: { description: 'OK', content: okContent(route.ok.body) },
          400: { description: 'payload/invalid', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          ...Object.fromEntries(errors),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kindred API',
      version: '1',
      description: 'HTTP side of Kindred. Live sessions run over socket.io (`/socket.io`); see docs/protocol.md for its commands, views and error codes.',
    },
    paths,
    components: {
      securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'kindred_sid' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string', examples: Object.keys(ERROR_MESSAGES) }, message: { type: 'string' } },
        },
      },
    },
  };
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(), { jsonDocumentUrl: 'api/docs/openapi.json' });
}
