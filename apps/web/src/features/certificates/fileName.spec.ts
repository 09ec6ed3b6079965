import { describe, expect, it } from '@jest/globals';
import { certificateFileName } from './fileName.js';

describe('certificateFileName', () => {
  it('keeps the Thai title readable, hyphenated, with the code', () => {
    expect(certificateFileName('ใบรับรอง', 'จากแปลงสู่ตลาด: เกษตรกรรุ่นใหม่', 'RS-7K2M9Q4D')).toBe('ใบรับรอง-จากแปลงสู่ตลาด-เกษตรกรรุ่นใหม่-RS-7K2M9Q4D.pdf');
  });

  it('replaces the characters file systems refuse', () => {
    expect(certificateFileName('Certificate', 'Halal / safe food? "level 1" <pilot>', 'RS-1')).toBe('Certificate-Halal-safe-food-level-1-pilot-RS-1.pdf');
  });

  it('cuts a long title on whole characters: no tone mark or vowel left without its consonant', () => {
    // "น้ำ" is one grapheme: น + ้ + ำ
    const name = certificateFileName('ใบรับรอง', 'น้ำ'.repeat(10), 'RS-2', 3);
    expect(name).toBe('ใบรับรอง-น้ำน้ำน้ำ-RS-2.pdf');
    // "กิ่" is one grapheme too (ก + ิ + ่): three graphemes of "กิ่งกิ่ง…" are "กิ่", "ง", "กิ่"
    expect(certificateFileName('ใบรับรอง', 'กิ่ง'.repeat(5), 'RS-3', 3)).toBe('ใบรับรอง-กิ่งกิ่-RS-3.pdf');
  });

  it('keeps only letters, digits and hyphens of the code', () => {
    expect(certificateFileName('Sijil', 'Makanan halal', 'RS-9/../x')).toBe('Sijil-Makanan-halal-RS-9x.pdf');
  });
});
