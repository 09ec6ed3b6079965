import { defineMessages } from '../../common/errors.js';

export const PriorityMessages = defineMessages({
  'priorities.campaignNotVisible': {
    th: 'การสำรวจนี้ไม่ได้อยู่ในจังหวัดหรือภาคส่วนของคุณ',
    en: 'This campaign is not in your province or sector.',
    ms: 'Kempen ini bukan dalam wilayah atau sektor anda.',
  },
  'priorities.cannotVote': {
    th: 'เฉพาะผู้ปฏิบัติงานและวิทยากรเท่านั้นที่ลงคะแนนจัดลำดับความสำคัญได้',
    en: 'Only practitioners and trainers vote on priorities.',
    ms: 'Hanya pengamal dan jurulatih mengundi keutamaan.',
  },
  'priorities.cannotManage': {
    th: 'เฉพาะผู้ประสานงานของจังหวัดในการสำรวจนี้และผู้ดูแลระบบเท่านั้นที่ทำรายการนี้ได้',
    en: 'Only a coordinator of this campaign’s provinces or an administrator can do this.',
    ms: 'Hanya penyelaras wilayah kempen ini atau pentadbir boleh melakukan ini.',
  },
  'priorities.voteProblem': {
    th: '{field}: {detail}',
    en: '{field}: {detail}',
    ms: '{field}: {detail}',
  },
  'priorities.OVER_BUDGET': {
    th: 'ลงคะแนนรวม {total} คะแนน เกินงบ {budget} คะแนน (ต้องลดลง {over})',
    en: '{total} votes placed but the budget is {budget} (remove {over})',
    ms: '{total} undi diberi tetapi bajetnya {budget} (kurangkan {over})',
  },
  'priorities.OVER_GAP_CAP': {
    th: 'ลงคะแนนให้ {code} ได้ไม่เกิน {max} คะแนน',
    en: 'at most {max} votes may go to {code}',
    ms: 'paling banyak {max} undi untuk {code}',
  },
  'priorities.NOT_WHOLE': {
    th: 'ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง {max}',
    en: 'must be a whole number from 0 to {max}',
    ms: 'mestilah nombor bulat dari 0 hingga {max}',
  },
  'priorities.UNKNOWN_COMPETENCY': {
    th: 'ไม่มีสมรรถนะรหัส {code} ในการสำรวจนี้',
    en: 'there is no competency {code} in this campaign',
    ms: 'tiada kompetensi {code} dalam kempen ini',
  },
  'priorities.DUPLICATE_COMPETENCY': {
    th: 'ระบุสมรรถนะ {code} ซ้ำ',
    en: 'competency {code} is listed twice',
    ms: 'kompetensi {code} disenaraikan dua kali',
  },
  'priorities.unknownCompetency': {
    th: 'ไม่มีสมรรถนะรหัส {code} ในการสำรวจนี้',
    en: 'There is no competency {code} in this campaign.',
    ms: 'Tiada kompetensi {code} dalam kempen ini.',
  },
  'priorities.blankComment': {
    th: 'ความคิดเห็นต้องไม่ว่าง',
    en: 'A comment cannot be blank.',
    ms: 'Komen tidak boleh kosong.',
  },
  'priorities.commentNotFound': {
    th: 'ไม่พบความคิดเห็นนี้',
    en: 'That comment does not exist.',
    ms: 'Komen itu tidak wujud.',
  },
  'priorities.cannotDeleteComment': {
    th: 'ลบได้เฉพาะความคิดเห็นของตนเอง หรือโดยผู้ประสานงานและผู้ดูแลระบบ',
    en: 'Only the author, a coordinator of the campaign or an administrator can delete a comment.',
    ms: 'Hanya penulis, penyelaras kempen atau pentadbir boleh memadam komen.',
  },
});
