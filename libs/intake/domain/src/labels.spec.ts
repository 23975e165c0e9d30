import { ACCEPTANCE_REASON_CODES } from './acceptance';
import { CATEGORIES, STATUSES } from './complaint';
import { ENUM_LABELS, label, negotiateLanguage } from './labels';

describe('bilingual labels', () => {
  it('label every category and status in both languages', () => {
    for (const c of CATEGORIES) expect(ENUM_LABELS.category[c]).toHaveLength(2);
    for (const s of STATUSES) expect(ENUM_LABELS.status[s]).toHaveLength(2);
    expect(label('category', 'appearance', 'zh-CN')).toBe('外观损伤');
    expect(label('acceptance', 'accepted_paid', 'en')).toBe('Accepted, paid service');
  });

  it('label every acceptance reason code in both languages (IN-3..IN-5)', () => {
    for (const code of ACCEPTANCE_REASON_CODES) {
      expect(label('reasonCode', code, 'en')).not.toBe(code);
      expect(label('reasonCode', code, 'zh-CN')).not.toBe(code);
    }
    expect(label('reasonCode', 'WINDOW_EXPIRED', 'zh-CN')).toBe('已超过受理期限');
  });

  it.each([
    [undefined, 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN,zh;q=0.9', 'zh-CN'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR, zh-CN;q=0.5', 'zh-CN'],
    ['zh-CN;q=0.2, en;q=0.8', 'en'],
    ['fr', 'en'],
    ['zh-CN;q=0', 'en'],
  ])('Accept-Language %p → %p', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
