import { describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../../src/dispatch/index.js';
import { LOCALES } from '../../src/i18n.js';
import {
  en,
  LOCALE_MESSAGES,
  type MessageKey,
  type MessageParams,
  message,
  zhCN,
} from '../../src/locales/index.js';

const b = (zh: string, english: string) => ({ 'zh-CN': zh, en: english });
const CJK = /[\u4e00-\u9fff]/;

const samples: { [K in MessageKey]: MessageParams[K][] } = {
  'too-large': [
    { what: 'event', size: 70_000, limit: 65_536 },
    { what: 'type', size: 10_000_000, limit: 64 },
    { what: 'sender', size: 129, limit: 128 },
  ],
  'process-ended': [
    { reason: 'done', state: b('已结束', 'closed') },
    { reason: 'error', state: b('公示中', 'posted') },
    { reason: 'stopped', state: b('公示中', 'posted') },
    { reason: 'not-started', state: b('草稿', 'draft') },
  ],
  'unknown-event': [
    { type: 'PUBLISH', allowed: [b('张贴公告', 'Post')] },
    { type: undefined, allowed: [] },
  ],
  'invalid-event': [
    {
      event: b('张贴公告', 'Post'),
      issues: [
        { path: 'at', messages: b('时间格式无效', 'invalid date') },
        { path: '', messages: b('出现未知的键', 'unrecognized key') },
      ],
    },
  ],
  'not-permitted': [
    {
      event: b('张贴公告', 'Post'),
      role: b('业主', 'owner'),
      permitted: [b('业主委员会', 'committee')],
    },
  ],
  'out-of-order': [
    { event: b('时间推进', 'Tick'), at: '2026-03-01T00:00:00Z', now: '2026-03-02T00:00:00Z' },
  ],
  'not-allowed-now': [
    { state: b('草稿', 'draft'), event: b('提出异议', 'Object'), allowed: [b('张贴公告', 'Post')] },
    { state: b('草稿', 'draft'), event: b('提出异议', 'Object'), allowed: [] },
  ],
  'rule-violated': [
    { event: b('提出异议', 'Object'), rule: 'r1', citations: ['SH-16-2'], requirement: undefined },
    {
      event: b('提出异议', 'Object'),
      rule: 'r1',
      citations: [],
      requirement: b('须在公示期内', 'within the window'),
    },
  ],
  'guard-refused': [{ event: b('结束公示', 'Close'), state: b('公示中', 'posted') }],
  'machine-error': [
    { event: b('结束公示', 'Close'), error: 'boom', stopped: false },
    { event: undefined, error: 'boom', stopped: true },
  ],
  'not-assigned': [
    { event: b('投票', 'Cast a ballot'), role: undefined, permitted: [b('业主', 'owner')] },
    { event: b('投票', 'Cast a ballot'), role: b('业主委员会', 'committee'), permitted: [] },
  ],
  'sender-mismatch': [
    { event: b('投票', 'Cast a ballot'), field: 'role' },
    { event: b('投票', 'Cast a ballot'), field: 'by' },
  ],
  'role-ambiguous': [
    { event: b('投票', 'Cast a ballot'), held: [b('业主', 'owner'), b('业主委员会', 'committee')] },
  ],
  'time-not-accepted': [{ event: b('时间推进', 'Clock tick'), field: 'at' }],
  'time-in-future': [
    { event: b('投票', 'Cast a ballot'), field: 'ballot.at', latest: '2026-05-10T02:02:00.000Z' },
  ],
};

describe('locales', () => {
  it('has a template for every rejection code in every locale', () => {
    for (const locale of LOCALES) {
      for (const code of REJECTION_CODES)
        expect(typeof LOCALE_MESSAGES[locale][code]).toBe('function');
    }
    expect(LOCALE_MESSAGES['zh-CN']).toBe(zhCN);
    expect(LOCALE_MESSAGES.en).toBe(en);
  });

  it('renders every key in both languages, non-empty, each in its own script', () => {
    const render = <K extends MessageKey>(key: K) =>
      samples[key].map((params) => message(key, params));
    for (const key of Object.keys(samples) as MessageKey[]) {
      for (const text of render(key)) {
        expect(text['zh-CN'].trim(), key).not.toBe('');
        expect(text.en.trim(), key).not.toBe('');
        expect(text['zh-CN'], key).toMatch(CJK);
        expect(text.en, key).not.toMatch(CJK);
      }
    }
  });

  it('reads naturally to a street-office clerk', () => {
    expect(
      message('not-allowed-now', {
        state: b('草稿', 'draft'),
        event: b('提出异议', 'Raise an objection'),
        allowed: [b('张贴公告', 'Post'), b('修改草稿', 'Amend')],
      })['zh-CN'],
    ).toBe('当前状态「草稿」不允许「提出异议」；现在可以：张贴公告、修改草稿。');
    expect(
      message('process-ended', { reason: 'done', state: b('已结束', 'closed') })['zh-CN'],
    ).toBe('本流程已办结（当前状态「已结束」），不再受理新的事项。');
  });
});
