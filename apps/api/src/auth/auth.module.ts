import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { FacilitatorGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Mailer } from '../mail/mailer';
import { PasswordRecovery } from './password-recovery';

@Module({
  controllers: [AuthController],
  providers: [AuthService, FacilitatorGuard, Mailer, PasswordRecovery],
  exports: [AuthService, FacilitatorGuard],
})
export class AuthModule {}
