import { type Bilingual, bilingual, type CitationId, defineEvents, type Rule } from '@jiayuan/core';
import type { Verdict } from '../shared/verdict.js';
import type { StandInContext } from './context.js';
import {
  CompleteStandInFilingSchema,
  CoordinateMatterSchema,
  DecideMatterSchema,
  DissolveStandInSchema,
  FileStandInSchema,
  type FormStandInEvent,
  FormStandInSchema,
  HoldDeliberationSchema,
  PostStandInDecisionSchema,
  RecordProgressSchema,
  ReformStandInSchema,
  StandInTickSchema,
} from './events.js';
import {
  checkDecision,
  checkDeliberation,
  checkFilingPapers,
  checkGovernanceComposition,
  checkManagementComposition,
  checkMatter,
  decisionsKept,
  postingPending,
  withinTerm,
} from './rules.js';

/** A snapshot as the stand-in's rules read it. */
interface StandInSnapshot {
  readonly context: StandInContext;
}

// A catalog rule over the process context; the same check backs the machine's guard, so a guard
// never refuses without the rule saying why.
function rule<TEvent>(
  id: string,
  citations: readonly CitationId[],
  description: Bilingual,
  check: (context: StandInContext, event: TEvent) => Verdict,
): Rule<TEvent, StandInSnapshot> {
  return {
    id,
    citations,
    description,
    check: (snapshot: StandInSnapshot, event: TEvent) => check(snapshot.context, event),
  };
}

const inTerm = rule<{ readonly at: string }>(
  'within-term',
  ['BJ-58'],
  bilingual('任期未届满', 'The term has not run out'),
  withinTerm,
);

/** The stand-in acts through its chair (BJ 54 ¶2: the residents' committee) or the 街镇 leading it (SH-36 (十八)). */
const STAND_IN_ROLES = ['residents-committee', 'street-office'] as const;

/** The stand-in machine's event catalog (TERM-9). */
export const standInEvents = defineEvents({
  FORM_STAND_IN: {
    schema: FormStandInSchema,
    roles: ['street-office'],
    title: bilingual('组建临时机构', 'Form the stand-in body'),
    description: bilingual(
      '业主委员会无法按时组建换届的，由街镇牵头组建物业治理委员会（上海）或物业管理委员会（北京）',
      'When no committee can be formed or re-elected on time, the street office forms a governance committee (Shanghai) or property-management committee (Beijing)',
    ),
    rules: [
      rule(
        'governance-composition',
        ['SH-36-18'],
        bilingual('街镇牵头，有业主代表', 'Led by the street office, with owner representatives'),
        (context, event: FormStandInEvent) =>
          checkGovernanceComposition(context.profile, event.members),
      ),
      rule(
        'management-composition',
        ['BJ-54-1', 'BJ-54-2'],
        bilingual(
          '七人以上单数，业主代表不少于二分之一，居委会代表任主任',
          'Seven or more, odd, owner representatives at least half, chaired by the residents’ committee',
        ),
        (context, event: FormStandInEvent) =>
          checkManagementComposition(context.profile, event.members),
      ),
    ],
  },
  FILE_STAND_IN: {
    schema: FileStandInSchema,
    // Filed by the body through its chair, the residents' committee representative (BJ 54 ¶2).
    roles: ['residents-committee'],
    title: bilingual('申请备案', 'Apply for filing'),
    description: bilingual(
      '成立业主大会但尚未成立业主委员会的，物业管理委员会自成立之日起三十日内持材料向街镇申请备案',
      'Where an assembly exists without a committee, the body files with the street office within 30 days of its formation',
    ),
    rules: [
      inTerm,
      rule(
        'filing-papers',
        ['BJ-55'],
        bilingual(
          '会议记录和决定、议事规则、管理规约齐全',
          'Minutes and decisions, rules of procedure, management statute',
        ),
        checkFilingPapers,
      ),
    ],
  },
  COMPLETE_STAND_IN_FILING: {
    schema: CompleteStandInFilingSchema,
    roles: ['street-office'],
    title: bilingual('予以备案', 'Complete the filing'),
    description: bilingual(
      '街镇核实材料，符合要求的予以备案并出具证明',
      'The street office checks the papers and, if they are in order, completes the filing',
    ),
    rules: [inTerm],
  },
  HOLD_DELIBERATION: {
    schema: HoldDeliberationSchema,
    roles: STAND_IN_ROLES,
    title: bilingual('组织业主协商议事', 'Hold an owners’ deliberation'),
    description: bilingual(
      '组织业主开展协商议事，组织业主共同决定物业管理事项',
      'Organises the owners’ deliberation on the complex’s property matters',
    ),
    rules: [
      inTerm,
      rule(
        'new-deliberation',
        ['SH-36-18', 'BJ-52'],
        bilingual('尚未记录的协商议事', 'A deliberation not yet recorded'),
        checkDeliberation,
      ),
    ],
  },
  COORDINATE_MATTER: {
    schema: CoordinateMatterSchema,
    roles: STAND_IN_ROLES,
    title: bilingual('协调物业治理事项', 'Coordinate a governance matter'),
    description: bilingual(
      '协调解决小区物业治理事项',
      'Coordinates the resolution of a property-governance matter of the complex',
    ),
    rules: [
      inTerm,
      rule(
        'new-matter',
        ['SH-36-18', 'BJ-52'],
        bilingual('尚未记录的事项', 'A matter not yet recorded'),
        checkMatter,
      ),
    ],
  },
  DECIDE_MATTER: {
    schema: DecideMatterSchema,
    roles: STAND_IN_ROLES,
    title: bilingual('确定事项', 'Decide a matter'),
    description: bilingual(
      '物业管理委员会确定的事项应当经过半数委员签字同意',
      'A matter the property-management committee decides needs the signed consent of more than half of its members',
    ),
    rules: [
      inTerm,
      rule(
        'decisions-kept',
        ['SH-36-18', 'BJ-57-3-decision'],
        bilingual('该机构以委员签字确定事项', 'The body decides by its members’ signatures'),
        decisionsKept,
      ),
      rule(
        'decision-signers',
        ['BJ-57-3-decision'],
        bilingual('签字人为委员，决定未重复', 'Signers are members; a new decision'),
        checkDecision,
      ),
    ],
  },
  POST_STAND_IN_DECISION: {
    schema: PostStandInDecisionSchema,
    roles: STAND_IN_ROLES,
    title: bilingual('公示确定事项', 'Post a decided matter'),
    description: bilingual(
      '会议情况及确定事项在物业管理区域内显著位置公示',
      'The meeting and the decided matter are posted prominently in the complex',
    ),
    rules: [
      inTerm,
      rule(
        'posting-pending',
        ['BJ-57-3-posting', 'BJ-57'],
        bilingual('有待公示的确定事项', 'A decided matter waits to be posted'),
        postingPending,
      ),
    ],
  },
  RECORD_PROGRESS: {
    schema: RecordProgressSchema,
    roles: STAND_IN_ROLES,
    title: bilingual('推动组建换届', 'Push the committee forward'),
    description: bilingual(
      '推动业主委员会组建换届：记录已采取的步骤',
      'Pushes the committee’s formation or re-election forward: records a step taken',
    ),
    rules: [inTerm],
  },
  DISSOLVE_STAND_IN: {
    schema: DissolveStandInSchema,
    roles: ['street-office', 'system'],
    title: bilingual('解散临时机构', 'Dissolve the stand-in'),
    description: bilingual(
      '业主委员会已组建或换届，临时机构完成过渡',
      'The committee has been established or re-elected: the stand-in’s transition is over',
    ),
  },
  REFORM_STAND_IN: {
    schema: ReformStandInSchema,
    roles: ['street-office'],
    title: bilingual('重新组建', 'Re-form the stand-in'),
    description: bilingual(
      '任期届满仍未推动成立业主大会、选举产生业主委员会的，由街镇重新组建',
      'The term ran out with no committee: the street office re-forms the body',
    ),
  },
  TICK: {
    schema: StandInTickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual(
      '系统时钟推进流程时间，标记逾期',
      'The clock moves; overdue deadlines are marked',
    ),
  },
});
