import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignInBody, SignUpBody } from '@kindred/session';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';
import { parseBody } from '../http/zod-body';
import { readCookie } from '../security/tokens';
import { CurrentFacilitator, FacilitatorGuard } from './auth.guard';
import { AuthService, Facilitator, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';

// Request and response shapes: the HTTP contract in libs/session/src/protocol/http.ts.
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Post('signup')
  async signUp(@Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token } = await this.auth.signUp(parseBody(SignUpBody, body));
    this.setCookie(res, token);
    return { facilitator };
  }

  @Post('signin')
  @HttpCode(200)
  async signIn(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ facilitator: Facilitator }> {
    const { facilitator, token } = await this.auth.signIn(parseBody(SignInBody, body), req.ip ?? 'unknown');
    this.setCookie(res, token);
    return { facilitator };
  }

  @Post('signout')
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (token) await this.auth.signOut(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @UseGuards(FacilitatorGuard)
  me(@CurrentFacilitator() facilitator: Facilitator): { facilitator: Facilitator } {
    return { facilitator };
  }

  private setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: SESSION_TTL_MS,
    });
  }
}
