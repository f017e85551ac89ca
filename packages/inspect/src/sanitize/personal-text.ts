/**
 * What counts as personal in a key or in free text: the keys a roll, a ballot sheet or a note
 * uses for names, phones, rooms and identity documents, in Chinese and English, and the two
 * numbers people write into notes — mainland mobile numbers and resident ID-card numbers.
 */

/** What a removed value is replaced with, so a viewer sees that something was hidden. */
export const REDACTED = '[redacted]';

// A key containing one of these is personal: 联系电话, 业主姓名, 手机号, 身份证号, 房号编码, ….
const CHINESE_KEY = /手机|电话|姓名|房号|房间号|身份证|证件号|联系方式|住址|邮箱/;

// English keys, compared in lower case without `_`, `-` or spaces (`phone_number`, `ID-Card`).
const ENGLISH_KEYS: ReadonlySet<string> = new Set([
  'address',
  'cellphone',
  'displayname',
  'email',
  'fullname',
  'idcard',
  'idcardnumber',
  'identitycard',
  'idnumber',
  'mobile',
  'mobilenumber',
  'mobilephone',
  'name',
  'ownername',
  'contactname',
  'phone',
  'phonenumber',
  'phones',
  'realname',
  'room',
  'roomno',
  'roomnumber',
  'tel',
  'telephone',
]);

/** Whether a key names personal data wherever it occurs (case-insensitive). */
export function isPersonalKey(key: string): boolean {
  return CHINESE_KEY.test(key) || ENGLISH_KEYS.has(key.toLowerCase().replace(/[-_\s]/g, ''));
}

// A resident ID-card number: 17 digits and a digit or X, not part of a longer run of digits.
const ID_CARD = /(?<!\d)\d{17}[\dXx](?!\d)/g;
// A mainland mobile number, with or without +86/0086 and spaces or hyphens in the usual places
// (139 1234 5678, 139-1234-5678), not part of a longer run of digits.
const MOBILE = /(?<!\d)(?:(?:\+|00)86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;

/** `text` with every ID-card and mobile number in it replaced by {@link REDACTED}. */
export function redactNumbers(text: string): string {
  // Most strings hold neither: skip the replacements unless there is a long enough digit run.
  if (!/\d{4}/.test(text)) return text;
  return text.replace(ID_CARD, REDACTED).replace(MOBILE, REDACTED);
}

/** Whether a JSON number, written out, is a mobile number (a phone kept as a number). */
export function isMobileNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 13_000_000_000 && value <= 19_999_999_999;
}
