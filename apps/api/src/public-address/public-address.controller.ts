import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { PublicAddress } from '@kindred/session';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { listenUrls } from './listen-addresses';

/** Where phones should go: the web builds every join, device, handout and projector link from this. */
@Controller('api/config')
export class PublicAddressController {
  constructor(@Inject(AppConfigToken) private readonly config: AppConfig) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  address(@Req() req: Request): PublicAddress {
    // The port the request came in on is the one the server really got (PORT=0 picks a free one).
    const port = req.socket.localPort ?? this.config.port;
    return { publicUrl: this.config.publicUrl, lanUrls: listenUrls(this.config.host, port).lan };
  }
}
