import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { AppConfigToken } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Outgoing email over SMTP (`SMTP_URL`), through nodemailer. Absent SMTP_URL, `enabled`
 * is false and nothing is sent: the sign-in page then says to ask whoever runs the server.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(AppConfigToken) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('mail is not configured (SMTP_URL)');
    await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
