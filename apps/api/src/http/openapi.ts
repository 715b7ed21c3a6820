import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ERROR_MESSAGES } from '@kindred/session';
import { z } from 'zod';
import { SignInBody, SignUpBody } from '../auth/auth.controller';
import { PreviewBody } from '../plans/plans.controller';
import { JoinBody } from '../sessions/join.controller';
import { CreateSessionBody } from '../sessions/sessions.controller';

interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  body?: z.ZodType;
  auth?: 'cookie';
  responses: Record<number, string>;
}

/** Every HTTP route; request bodies come from the same zod schemas the controllers validate with. */
const ROUTES: Route[] = [
  { method: 'get', path: '/health/live', summary: 'The process runs', responses: { 200: 'up' } },
  {
    method: 'get',
    path: '/health/ready',
    summary: 'Ready for traffic: database answers (migrations applied), Redis and the ownership connection up when configured, not stopping',
    responses: { 200: 'ready', 503: 'not ready (within 2 s even when the database is silent)' },
  },
  { method: 'get', path: '/health', summary: 'The same as /health/ready (kept for older scripts)', responses: { 200: 'ready', 503: 'not ready' } },
  { method: 'post', path: '/api/auth/signup', summary: 'Create a facilitator account and sign in', body: SignUpBody, responses: { 201: 'signed in (cookie set)', 409: 'auth/email-taken' } },
  { method: 'post', path: '/api/auth/signin', summary: 'Sign in', body: SignInBody, responses: { 200: 'signed in (cookie set)', 401: 'auth/invalid-credentials', 429: 'auth/too-many-attempts' } },
  { method: 'post', path: '/api/auth/signout', summary: 'Sign out', responses: { 204: 'signed out' } },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in facilitator', auth: 'cookie', responses: { 200: 'facilitator', 401: 'auth/signed-out' } },
  { method: 'get', path: '/api/plans', summary: 'The built-in plans with their topics and segments', responses: { 200: 'plans' } },
  { method: 'post', path: '/api/plans/preview', summary: 'Validate a customized plan and get its total time', body: PreviewBody, responses: { 200: 'sections and total', 400: 'plan/invalid' } },
  { method: 'post', path: '/api/sessions', summary: 'Create a live session from a plan', body: CreateSessionBody, auth: 'cookie', responses: { 201: 'session with join code and projector token' } },
  { method: 'get', path: '/api/sessions', summary: "The facilitator's sessions", auth: 'cookie', responses: { 200: 'sessions' } },
  { method: 'get', path: '/api/sessions/{id}', summary: 'One of your sessions', auth: 'cookie', responses: { 200: 'session', 404: 'session/not-found' } },
  { method: 'post', path: '/api/sessions/{id}/projector-link', summary: 'A fresh projector token (the old one stops working)', auth: 'cookie', responses: { 200: 'projector token' } },
  { method: 'get', path: '/api/handouts/{pairId}', summary: "A pair's handout as JSON (Authorization: Bearer <pair token>, or the session's facilitator cookie)", responses: { 200: 'handout', 401: 'handout/unauthorized', 404: 'handout/not-found' } },
  { method: 'get', path: '/api/handouts/{pairId}/pdf', summary: "A pair's handout as PDF (same access as the JSON)", responses: { 200: 'application/pdf', 401: 'handout/unauthorized', 404: 'handout/not-found' } },
  { method: 'get', path: '/api/sessions/{id}/handouts.pdf', summary: "Every pair's handout in one PDF, each from a new page", auth: 'cookie', responses: { 200: 'application/pdf', 404: 'session/not-found' } },
  { method: 'get', path: '/api/sessions/{id}/report.json', summary: 'Session report: attendance, planned vs actual time per segment, anonymous poll results (k rule)', auth: 'cookie', responses: { 200: 'report', 404: 'session/not-found' } },
  { method: 'get', path: '/api/sessions/{id}/report.csv', summary: 'Session report as CSV; ?part=attendance|timing|polls for one table', auth: 'cookie', responses: { 200: 'text/csv', 400: 'payload/invalid', 404: 'session/not-found' } },
  { method: 'get', path: '/api/join/{code}', summary: 'Check a join code', responses: { 200: 'session title', 404: 'join/code-unknown', 429: 'join/rate-limited' } },
  { method: 'post', path: '/api/join', summary: 'Join a session as a pair; returns the pair token the device keeps', body: JoinBody, responses: { 201: 'pair token', 404: 'join/code-unknown', 403: 'join/room-locked' } },
];

export function buildOpenApiDocument(): OpenAPIObject {
  const paths: OpenAPIObject['paths'] = {};
  for (const route of ROUTES) {
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1]!, in: 'path' as const, required: true, schema: { type: 'string' as const } }));
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        parameters: params,
        security: route.auth ? [{ cookie: [] }] : [],
        requestBody: route.body
          ? { required: true, content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) as object } } }
          : undefined,
        responses: Object.fromEntries(
          Object.entries(route.responses).map(([status, description]) => [
            status,
            { description, content: { 'application/json': { schema: { $ref: Number(status) >= 400 ? '#/components/schemas/Error' : '#/components/schemas/Any' } } } },
          ]),
        ),
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
        Any: {},
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string', examples: Object.keys(ERROR_MESSAGES).slice(0, 5) }, message: { type: 'string' } },
        },
      },
    },
  };
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(), { jsonDocumentUrl: 'api/docs/openapi.json' });
}
