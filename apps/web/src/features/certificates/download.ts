import { downloadWithToken } from '../../app/download';

/** Fetches a certificate's PDF with the bearer token (the path needs it) and saves it under a readable name. */
export function downloadCertificate(pdfUrl: string, fileName: string, language: string): Promise<void> {
  return downloadWithToken(pdfUrl, { headers: { accept: 'application/pdf', 'accept-language': language }, fileName, fallbackName: fileName });
}
