import { defineMessages } from '../../common/errors.js';

export const GeographyMessages = defineMessages({
  'geography.unknownProvince': {
    th: 'ไม่พบจังหวัดรหัส {code}',
    en: 'There is no province with code {code}.',
    ms: 'Tiada wilayah dengan kod {code}.',
  },
  'geography.unknownDistrict': {
    th: 'ไม่พบอำเภอรหัส {code}',
    en: 'There is no district with code {code}.',
    ms: 'Tiada daerah dengan kod {code}.',
  },
  'geography.districtOutsideProvince': {
    th: 'อำเภอรหัส {code} ไม่ได้อยู่ในจังหวัดรหัส {provinceCode}',
    en: 'District {code} is not in province {provinceCode}.',
    ms: 'Daerah {code} tidak terletak dalam wilayah {provinceCode}.',
  },
  'geography.unknownOrganisation': {
    th: 'ไม่พบหน่วยงานที่ระบุ',
    en: 'That organisation does not exist.',
    ms: 'Organisasi itu tidak wujud.',
  },
  'geography.organisationExists': {
    th: 'มีหน่วยงานชื่อ "{name}" ในจังหวัดนี้แล้ว',
    en: 'An organisation named "{name}" already exists in this province.',
    ms: 'Organisasi bernama "{name}" sudah wujud di wilayah ini.',
  },
  'geography.outsideProgramme': {
    th: 'จังหวัดรหัส {code} อยู่นอกพื้นที่ของโครงการนี้ เลือกได้เฉพาะ: {allowedTh}',
    en: 'Province {code} is outside this programme\'s area. Choose one of: {allowedEn}.',
    ms: 'Wilayah {code} berada di luar kawasan program ini. Pilih salah satu: {allowedEn}.',
  },
});
