import type { Bilingual, Locale, RejectionCode } from '@jiayuan/core';

/** What each rejection code means, for the docs pages. */
export const REJECTION_MEANINGS: Readonly<Record<RejectionCode, Bilingual>> = {
  'too-large': {
    'zh-CN': '事件、事件类型或发送者标识超过长度上限（不回显其内容）',
    en: "the event, its type or the sender's id is over its size limit (not echoed back)",
  },
  'process-ended': {
    'zh-CN': '流程已结束或未启动，不再受理事件',
    en: 'the process has ended or not started; no event is taken',
  },
  'unknown-event': {
    'zh-CN': '事件类型不在本流程的事件目录中',
    en: "the event type is not in this process's catalog",
  },
  'invalid-event': {
    'zh-CN': '事件内容不符合其模式（字段缺失或格式错误）',
    en: 'the event does not match its schema (missing or malformed fields)',
  },
  'not-permitted': {
    'zh-CN': '发送者的角色无权发送此事件',
    en: "the sender's role may not send this event",
  },
  'out-of-order': {
    'zh-CN': '事件时间早于流程当前时间',
    en: "the event is dated before the process's clock",
  },
  'not-allowed-now': {
    'zh-CN': '当前状态不受理此事件',
    en: 'the current state does not take this event',
  },
  'rule-violated': {
    'zh-CN': '不满足法定条件（下列规则或状态机守卫）',
    en: 'a legal condition is not met (a rule below, or a machine guard)',
  },
  'machine-error': {
    'zh-CN': '状态机执行出错（缺陷，不应出现）',
    en: 'the machine threw (a defect; should never happen)',
  },
  'sender-mismatch': {
    'zh-CN': '事件自行填写的办理人与登录用户不符（由主机根据登录用户填写）',
    en: "the event's own sender differs from the signed-in user (the host fills it in)",
  },
  'role-ambiguous': {
    'zh-CN': '登录用户担任多个可办理此事件的身份，未注明以哪一身份办理',
    en: 'the signed-in user holds several roles that may send the event and did not say which',
  },
  'time-not-accepted': {
    'zh-CN': '事件自带时间，而办理时间以主机时钟为准',
    en: "the event carries its own time where the host's clock dates it",
  },
  'time-in-future': {
    'zh-CN': '纸质表决票上填写的时间晚于主机时钟允许的时间',
    en: "a time written on a paper ballot is later than the host's clock allows",
  },
};

/** The fixed words of a docs page, per language. */
export interface DocWords {
  readonly language: string;
  readonly generated: string;
  readonly diagram: string;
  readonly states: string;
  readonly stateColumns: readonly string[];
  readonly transitions: string;
  readonly transitionColumns: readonly string[];
  readonly anyState: string;
  readonly stays: string;
  readonly events: string;
  readonly eventColumns: readonly string[];
  readonly input: string;
  readonly inputColumns: readonly string[];
  readonly fields: string;
  readonly fieldsIntro: string;
  readonly fieldColumns: readonly string[];
  readonly noFields: string;
  readonly yes: string;
  readonly no: string;
  readonly deadlines: string;
  readonly deadlineColumns: readonly string[];
  readonly noDeadlines: string;
  readonly rejections: string;
  readonly rejectionColumns: readonly string[];
  readonly guardRule: string;
  readonly none: string;
  readonly initial: string;
  readonly final: string;
  readonly parallel: string;
}

/** {@link DocWords} in both languages. */
export const DOC_WORDS: Readonly<Record<Locale, DocWords>> = {
  'zh-CN': {
    language: '中文',
    generated: '本页由状态机定义自动生成（scripts/generate-docs.mjs），请勿手工编辑。',
    diagram: '状态图',
    states: '状态',
    stateColumns: ['状态', '名称', '含义', '法律依据'],
    transitions: '转换',
    transitionColumns: ['从', '事件', '条件（守卫）', '到', '法律依据'],
    anyState: '（任何状态）',
    stays: '（不变）',
    events: '事件',
    eventColumns: ['事件', '名称', '可发送角色', '说明', '规则与依据'],
    input: '启动输入（input）',
    inputColumns: ['字段', '类型', '必填'],
    fields: '事件字段',
    fieldsIntro:
      '每个事件另有 `type`、`at`（时间）和 `by`（发送者）；经 `@jiayuan/host` 发送时，后两者由宿主按登录身份和时钟填写。',
    fieldColumns: ['事件', '字段', '类型', '必填'],
    noFields: '本流程的事件除 `type`、`at`、`by` 外没有字段。',
    yes: '是',
    no: '否',
    deadlines: '期限',
    deadlineColumns: ['状态', '期限'],
    noDeadlines:
      '本流程的状态未在 `meta.deadlines` 中声明期限；期限由 `context.deadlines` 记录，系统以 `TICK` 推进时间。',
    rejections: '拒绝代码',
    rejectionColumns: ['代码', '含义', '本流程中'],
    guardRule: '状态机守卫拒绝（规则 id `guard`）',
    none: '—',
    initial: '初始',
    final: '终止',
    parallel: '并行',
  },
  en: {
    language: 'English',
    generated:
      'Generated from the machine definition (scripts/generate-docs.mjs); do not edit by hand.',
    diagram: 'Diagram',
    states: 'States',
    stateColumns: ['State', 'Name', 'Meaning', 'Legal basis'],
    transitions: 'Transitions',
    transitionColumns: ['From', 'Event', 'Condition (guard)', 'To', 'Legal basis'],
    anyState: '(any state)',
    stays: '(stays)',
    events: 'Events',
    eventColumns: ['Event', 'Name', 'Roles allowed to send', 'Meaning', 'Rules and basis'],
    input: 'Start input',
    inputColumns: ['Field', 'Type', 'Required'],
    fields: 'Event fields',
    fieldsIntro:
      'Every event also has `type`, `at` (its time) and `by` (its sender); sent through `@jiayuan/host`, the host fills the last two from the signed-in principal and its clock.',
    fieldColumns: ['Event', 'Field', 'Type', 'Required'],
    noFields: 'The events of this process have no fields besides `type`, `at` and `by`.',
    yes: 'yes',
    no: 'no',
    deadlines: 'Deadlines',
    deadlineColumns: ['State', 'Deadline'],
    noDeadlines:
      'No state declares a deadline in `meta.deadlines`; deadlines are kept in `context.deadlines` and the system advances time with `TICK`.',
    rejections: 'Rejection codes',
    rejectionColumns: ['Code', 'Meaning', 'In this process'],
    guardRule: 'a machine guard refused (rule id `guard`)',
    none: '—',
    initial: 'initial',
    final: 'final',
    parallel: 'parallel',
  },
};
