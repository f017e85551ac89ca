import type { Bilingual } from '../i18n.js';
import type { MessageTemplates, ProcessEndReason } from './types.js';

const zh = (text: Bilingual): string => text['zh-CN'];
const list = (items: readonly Bilingual[]): string => items.map(zh).join('、');

const ENDED: Readonly<Record<ProcessEndReason, string>> = {
  done: '已办结',
  error: '因系统错误已中止',
  stopped: '已停止运行',
  'not-started': '尚未启动',
};

const nowAllowed = (allowed: readonly Bilingual[]): string =>
  allowed.length > 0 ? `现在可以：${list(allowed)}` : '现在没有可以办理的事项';

const TOO_LARGE_ZH = { event: '内容', type: '事项类型', sender: '办理人标识' } as const;

/** Message templates in Simplified Chinese, worded for the clerks and owners who read them. */
export const zhCN: MessageTemplates = {
  'process-ended': ({ reason, state }) =>
    `本流程${ENDED[reason]}（当前状态「${zh(state)}」），不再受理新的事项。`,
  'too-large': ({ what, size, limit }) =>
    `提交的${TOO_LARGE_ZH[what]}过长（${size}个字符，上限${limit}个），未予受理。`,
  'unknown-event': ({ type, allowed }) =>
    `${type === undefined ? '提交的内容没有注明事项类型（type）' : `无法识别的事项类型「${type}」`}，未予受理；${nowAllowed(allowed)}。`,
  'invalid-event': ({ event, issues }) =>
    `「${zh(event)}」填写有误，未予受理：${issues
      .map((issue) => `${issue.path === '' ? '' : `${issue.path}：`}${zh(issue.messages)}`)
      .join('；')}。`,
  'not-permitted': ({ event, role, permitted }) =>
    `「${zh(role)}」无权办理「${zh(event)}」；有权办理的是：${list(permitted)}。`,
  'out-of-order': ({ event, at, now }) =>
    `「${zh(event)}」的发生时间 ${at} 早于本流程已记录的时间 ${now}；流程时间只能向前推进，请按发生先后顺序提交。`,
  'not-allowed-now': ({ state, event, allowed }) =>
    `当前状态「${zh(state)}」不允许「${zh(event)}」；${nowAllowed(allowed)}。`,
  'rule-violated': ({ event, rule, citations, requirement, versions }) =>
    `「${zh(event)}」不符合${requirement === undefined ? `规则 ${rule}` : `要求：${zh(requirement)}`}${citations.length > 0 ? `（依据：${citations.map((id) => (versions?.[id] === undefined ? id : `${id}〔${versions[id]['zh-CN']}〕`)).join('、')}）` : ''}，未予受理。`,
  'guard-refused': ({ event, state }) =>
    `当前状态「${zh(state)}」下「${zh(event)}」的办理条件尚不具备，未予受理。`,
  'machine-error': ({ event, error, stopped }) =>
    `系统处理${event === undefined ? '该事项' : `「${zh(event)}」`}时出错${stopped ? '，本流程已中止' : '，未予受理，流程状态未变'}：${error}。请联系系统维护人员。`,
  'not-assigned': ({ event, role, permitted }) =>
    `${role === undefined ? '您在本流程中没有' : `您在本流程中不担任「${zh(role)}」，没有`}可以办理「${zh(event)}」的身份；有权办理的是：${list(permitted)}。`,
  'sender-mismatch': ({ event, field }) =>
    `「${zh(event)}」自行填写的办理人（${field === 'by' ? 'by' : `by.${field}`}）与登录用户不符，未予受理；办理人由系统根据登录用户填写，请勿填写 by。`,
  'role-ambiguous': ({ event, held }) =>
    `您担任多个可以办理「${zh(event)}」的身份（${list(held)}），请注明以哪一身份办理。`,
  'time-not-accepted': ({ event, field }) =>
    `「${zh(event)}」自带了时间（${field}），未予受理；办理时间以系统时钟为准，请勿填写 ${field}。`,
  'time-in-future': ({ event, field, latest }) =>
    `「${zh(event)}」上填写的时间（${field}）晚于系统时钟允许的时间（最晚 ${latest}），未予受理。`,
};
