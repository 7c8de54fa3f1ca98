import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'aigerim@mci.gov.kz' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 256, format: 'password' })
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiPropertyOptional({
    minLength: 6,
    maxLength: 6,
    example: '123456',
    description: 'Code from the authenticator app, when TOTP is enrolled',
  })
  @IsOptional()
  @IsString()
  @Length(6, 6)
  totpCode?: string;

  @ApiPropertyOptional({
    maxLength: 64,
    description: 'One of the recovery codes shown at TOTP enrolment, instead of totpCode',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string;
}

export class SetPasswordDto {
  @ApiProperty({ maxLength: 128, description: 'The one-time token handed out when the member was added' })
  @IsString()
  @MaxLength(128)
  token!: string;

  @ApiProperty({ minLength: 12, format: 'password' })
  @IsString()
  password!: string;
}

export class TotpCodeDto {
  @ApiProperty({ minLength: 6, maxLength: 6, example: '123456' })
  @IsString()
  @Length(6, 6)
  code!: string;
}
