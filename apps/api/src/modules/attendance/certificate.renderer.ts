import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { readThaiGeography } from '../geography/geography.repository.js';
import type { CertificateRow } from './attendance.repository.js';
import { renderCertificatePdf } from './certificate-pdf.js';

let provinceNames: Map<string, string> | null = null;
function provinceName(code: string): string | null {
  provinceNames ??= new Map(readThaiGeography().provinces.map((p) => [p.code, p.nameTh]));
  return provinceNames.get(code) ?? null;
}

/** Renders a stored certificate to PDF, with the verify URL on PUBLIC_WEB_URL or the request's origin. */
@Injectable()
export class CertificateRenderer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(certificate: CertificateRow, requestOrigin: string): Promise<Buffer> {
    return renderCertificatePdf({
      holderName: certificate.holderName,
      curriculumTitle: certificate.curriculumTitle,
      cohortName: certificate.cohortName,
      provinceName: provinceName(certificate.provinceCode),
      completedAt: certificate.completedAt,
      code: certificate.code,
      verifyUrl: `${this.config.publicWebUrl ?? requestOrigin}/verify/${certificate.code}`,
      issuer: this.config.certificate.issuer,
      signatory: this.config.certificate.signatory,
      signatoryTitle: this.config.certificate.signatoryTitle,
    });
  }
}
