import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';

const truthy = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value === true ? true : undefined;

/** The process's environment, validated at boot so a bad setting fails fast with its name. */
class EnvironmentVariables {
  @IsOptional() @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString() @MinLength(1)
  DATABASE_URL?: string;

  @IsOptional() @IsString() @MinLength(1)
  DATA_DIR?: string;

  @IsOptional() @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional() @IsString() @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional() @Transform(truthy) @IsBoolean()
  DEMO_DATA?: boolean;

  @IsOptional() @IsString() @MinLength(8)
  DEMO_PASSWORD?: string;

  @IsOptional() @IsIn(['production', 'development', 'test'])
  NODE_ENV?: 'production' | 'development' | 'test';

  @IsOptional() @IsString()
  WEB_DIST?: string;

  @IsOptional() @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @IsInt() @Min(60) @Max(2_592_000)
  TOKEN_TTL_SECONDS?: number;

  @IsOptional() @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @IsInt() @Min(0) @Max(65535)
  EMBEDDED_DATABASE_PORT?: number;

  @IsOptional() @IsString() @MinLength(32, { message: 'CHECK_IN_SECRET must be at least 32 characters' })
  CHECK_IN_SECRET?: string;

  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'PUBLIC_WEB_URL must be an http(s) URL' })
  PUBLIC_WEB_URL?: string;

  @IsOptional() @IsString() @MinLength(2, { message: 'CERTIFICATE_ISSUER must be 2–120 characters' }) @MaxLength(120, { message: 'CERTIFICATE_ISSUER must be 2–120 characters' })
  CERTIFICATE_ISSUER?: string;

  @IsOptional() @IsString() @MinLength(2, { message: 'CERTIFICATE_SIGNATORY must be 2–80 characters' }) @MaxLength(80, { message: 'CERTIFICATE_SIGNATORY must be 2–80 characters' })
  CERTIFICATE_SIGNATORY?: string;

  @IsOptional() @IsString() @MinLength(2, { message: 'CERTIFICATE_SIGNATORY_TITLE must be 2–100 characters' }) @MaxLength(100, { message: 'CERTIFICATE_SIGNATORY_TITLE must be 2–100 characters' })
  CERTIFICATE_SIGNATORY_TITLE?: string;
  @IsOptional() @IsString()
  PROGRAMME_PROVINCES?: string;
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true }, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;
  @IsOptional() @IsString() @MinLength(3)
  MAIL_FROM?: string;
  @IsOptional() @IsString() @MinLength(1)
  LINE_CHANNEL_ACCESS_TOKEN?: string;
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'LINE_API_BASE must be an http(s) URL' })
  LINE_API_BASE?: string;
  @IsOptional() @IsIn(['inline', 'off'], { message: 'WORKER must be inline (deliver in this process) or off (npm run worker delivers)' })
  WORKER?: 'inline' | 'off';
  @IsOptional() @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value))) @IsInt() @Min(2) @Max(3600)
  NOTIFICATION_LEASE_SECONDS?: number;
}

export interface AppConfig {
  readonly port: number;
  /** A real PostgreSQL server; when absent the embedded one runs in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Where the embedded database and generated secrets live; `memory://` keeps nothing. */
  readonly dataDir: string;
  readonly bootstrapAdmin: { readonly email: string; readonly password: string } | null;
  readonly jwtSecret: string;
  readonly tokenTtlSeconds: number;
  readonly demoData: boolean;
  readonly demoPassword: string;
  readonly production: boolean;
  /** The built web app served at `/`; null serves none (API only). */
  readonly webDist: string | null;
  /** Loopback port of the embedded database, for psql and pg_dump; 0 picks a free one. */
  readonly embeddedDatabasePort: number;
  /** Signs the attendance check-in codes (HMAC-SHA256); derived from the JWT secret unless set. */
  readonly checkInSecret: string;
  /** The web app's public origin, for links printed in QR codes; null uses the request's origin. */
  readonly publicWebUrl: string | null;
  /** Who issues the certificates and who signs them, printed on the PDF and the verification page. */
  readonly certificate: { readonly issuer: string; readonly signatory: string | null; readonly signatoryTitle: string | null };
  /** The programme area: the provinces this deployment plans, schedules and maps (sorted, unique). */
  readonly programmeProvinceCodes: readonly string[];
  /** Notifications (issue 18): SMTP (null = e-mail off, in-app only), LINE (null token = LINE off). */
  readonly notifications: {
    readonly smtpUrl: string | null;
    readonly mailFrom: string;
    readonly lineToken: string | null;
    readonly lineApiBase: string;
    /** inline: this process delivers; off: only `npm run worker` does. */
    readonly worker: 'inline' | 'off';
    /** How long a claimed delivery belongs to its worker before another may take it over (a dead worker's). */
    readonly leaseSeconds: number;
  };
}

/** The issuing organisation when CERTIFICATE_ISSUER is unset. */
export const DEFAULT_CERTIFICATE_ISSUER = 'โครงการร่วมสร้าง (Ruamsang)';

export class ConfigError extends Error {}

export const IN_MEMORY = 'memory://';
const here = dirname(fileURLToPath(import.meta.url));
/** apps/web/dist, from either apps/api/src/config or apps/api/dist/config. */
const DEFAULT_WEB_DIST = resolve(here, '../../../web/dist');
/** The official province list (GeoThai), from either apps/api/src/config or apps/api/dist/config. */
const PROVINCES_FILE = resolve(here, '../../thai-geography-data/provinces.json');
/** The five southern border provinces, the area a deployment plans unless told otherwise. */
export const DEFAULT_PROGRAMME_PROVINCES = '90,91,94,95,96';

let officialCodes: readonly string[] | null = null;
/** Every province code in the geography data the product ships (the 77). */
export function officialProvinceCodes(): readonly string[] {
  officialCodes ??= (JSON.parse(readFileSync(PROVINCES_FILE, 'utf8')) as { id: number }[]).map((p) => String(p.id).padStart(2, '0')).sort();
  return officialCodes;
}

/** `all`, or comma-separated official codes; duplicates dropped. Returns the problem as text when it is not that. */
export function parseProgrammeProvinces(value: string | undefined): { codes: string[] } | { problem: string } {
  const official = officialProvinceCodes();
  const text = (value ?? '').trim() === '' ? DEFAULT_PROGRAMME_PROVINCES : value!.trim();
  if (text.toLowerCase() === 'all') return { codes: [...official] };
  const codes = [...new Set(text.split(',').map((c) => c.trim()).filter((c) => c !== ''))].sort();
  const unknown = codes.filter((c) => !official.includes(c));
  if (codes.length === 0 || unknown.length > 0) {
    return {
      problem: `PROGRAMME_PROVINCES must be "all" or comma-separated 2-digit province codes (e.g. ${DEFAULT_PROGRAMME_PROVINCES})${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`,
    };
  }
  return { codes };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(vars, { skipMissingProperties: false, forbidUnknownValues: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  const production = vars.NODE_ENV === 'production';
  if (production && !vars.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production');
  if ((vars.ADMIN_EMAIL && !vars.ADMIN_PASSWORD) || (!vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const programme = parseProgrammeProvinces(vars.PROGRAMME_PROVINCES);
  if ('problem' in programme) problems.push(programme.problem);
  if (problems.length > 0 || 'problem' in programme) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);

  const dataDir = vars.DATA_DIR === IN_MEMORY ? IN_MEMORY : resolve(vars.DATA_DIR ?? './.data');
  const jwtSecret = vars.JWT_SECRET ?? localJwtSecret(dataDir);
  return {
    port: vars.PORT ?? 3000,
    databaseUrl: vars.DATABASE_URL ?? null,
    dataDir,
    bootstrapAdmin: vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD ? { email: vars.ADMIN_EMAIL, password: vars.ADMIN_PASSWORD } : null,
    jwtSecret,
    tokenTtlSeconds: vars.TOKEN_TTL_SECONDS ?? 12 * 3600,
    demoData: vars.DEMO_DATA ?? false,
    demoPassword: vars.DEMO_PASSWORD ?? 'ruamsang-demo',
    production,
    webDist: vars.WEB_DIST === 'none' ? null : resolve(vars.WEB_DIST ?? DEFAULT_WEB_DIST),
    embeddedDatabasePort: vars.EMBEDDED_DATABASE_PORT ?? 0,
    // A separate key from the token key, so a check-in code can never be mistaken for anything it signs.
    checkInSecret: vars.CHECK_IN_SECRET ?? createHmac('sha256', jwtSecret).update('ruamsang attendance check-in codes v1').digest('hex'),
    publicWebUrl: vars.PUBLIC_WEB_URL ? vars.PUBLIC_WEB_URL.replace(/\/+$/, '') : null,
    certificate: {
      issuer: vars.CERTIFICATE_ISSUER?.trim() ?? DEFAULT_CERTIFICATE_ISSUER,
      signatory: vars.CERTIFICATE_SIGNATORY?.trim() ?? null,
      signatoryTitle: vars.CERTIFICATE_SIGNATORY_TITLE?.trim() ?? null,
    },
    programmeProvinceCodes: programme.codes,
    notifications: {
      smtpUrl: vars.SMTP_URL ?? null,
      mailFrom: vars.MAIL_FROM ?? 'Ruamsang <no-reply@localhost>',
      lineToken: vars.LINE_CHANNEL_ACCESS_TOKEN ?? null,
      lineApiBase: (vars.LINE_API_BASE ?? 'https://api.line.me').replace(/\/+$/, ''),
      worker: vars.WORKER ?? 'inline',
      leaseSeconds: vars.NOTIFICATION_LEASE_SECONDS ?? 120,
    },
  };
}

/** Outside production a secret is generated once and kept beside the data, so tokens survive restarts. */
function localJwtSecret(dataDir: string): string {
  if (dataDir === IN_MEMORY) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
