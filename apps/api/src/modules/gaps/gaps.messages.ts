import { defineMessages } from '../../common/errors.js';

/** Group labels in the three languages (enum values and the special buckets). */
export const GroupLabels = defineMessages({
  'group.ALL': { th: 'ทั้งหมด', en: 'Everyone', ms: 'Semua' },
  'group.UNKNOWN': { th: 'ไม่ระบุ', en: 'Not stated', ms: 'Tidak dinyatakan' },
  'group.GOVERNMENT': { th: 'ภาครัฐ', en: 'Government', ms: 'Kerajaan' },
  'group.CIVIL_SOCIETY': { th: 'ภาคประชาสังคม', en: 'Civil society', ms: 'Masyarakat sivil' },
  'group.ACADEMIC': { th: 'ภาควิชาการ', en: 'Academic', ms: 'Akademik' },
  'group.PRIVATE': { th: 'ภาคเอกชน', en: 'Private sector', ms: 'Swasta' },
  'group.COMMUNITY': { th: 'ภาคชุมชน', en: 'Community', ms: 'Komuniti' },
  'group.SUPPORT_AGENCY': { th: 'หน่วยงานสนับสนุน', en: 'Support agency', ms: 'Agensi sokongan' },
  'group.FEMALE': { th: 'หญิง', en: 'Female', ms: 'Perempuan' },
  'group.MALE': { th: 'ชาย', en: 'Male', ms: 'Lelaki' },
  'group.OTHER': { th: 'เพศอื่น', en: 'Other', ms: 'Lain-lain' },
  'group.PREFER_NOT_TO_SAY': { th: 'ไม่ประสงค์ระบุ', en: 'Prefer not to say', ms: 'Tidak mahu menyatakan' },
  'group.UNDER_25': { th: 'ต่ำกว่า 25 ปี', en: 'Under 25', ms: 'Bawah 25' },
  'group.FROM_25_TO_34': { th: '25–34 ปี', en: '25–34', ms: '25–34' },
  'group.FROM_35_TO_44': { th: '35–44 ปี', en: '35–44', ms: '35–44' },
  'group.FROM_45_TO_54': { th: '45–54 ปี', en: '45–54', ms: '45–54' },
  'group.FROM_55': { th: '55 ปีขึ้นไป', en: '55 and over', ms: '55 ke atas' },
  'group.WOMEN_FARMERS': { th: 'เกษตรกรหญิง', en: 'Women farmers', ms: 'Petani wanita' },
  'group.FISHERFOLK': { th: 'ชาวประมง', en: 'Fisherfolk', ms: 'Nelayan' },
  'group.YOUTH': { th: 'เยาวชน', en: 'Youth', ms: 'Belia' },
  'group.PEOPLE_WITH_DISABILITIES': { th: 'ผู้พิการ', en: 'People with disabilities', ms: 'Orang kurang upaya' },
  'group.OLDER_PEOPLE': { th: 'ผู้สูงอายุ', en: 'Older people', ms: 'Warga emas' },
  'group.RUBBER_TAPPERS': { th: 'ผู้กรีดยาง', en: 'Rubber tappers', ms: 'Penoreh getah' },
  'group.SMALLHOLDERS': { th: 'เกษตรกรรายย่อย', en: 'Smallholders', ms: 'Pekebun kecil' },
});
