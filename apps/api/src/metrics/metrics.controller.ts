import { Controller, Get, Header, HttpStatus, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../http/api-error';
import { Metrics } from './metrics';

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * `GET /metrics` for Prometheus. Off (404, as for any unknown address) unless
 * METRICS_TOKEN is set; then the scraper must send it as `Authorization: Bearer …`.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.metrics.token;
    if (token === null) throw new NotFoundException();
    const header = req.headers.authorization ?? '';
    const given = /^Bearer /i.test(header) ? header.slice('Bearer '.length).trim() : '';
    if (!tokenMatches(given, token)) {
      res.set('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new ApiError('auth/unauthenticated', 'The metrics token is missing or wrong.', HttpStatus.UNAUTHORIZED);
    }
    const { contentType, body } = await this.metrics.render();
    res.status(HttpStatus.OK).type(contentType).send(body);
  }
}
